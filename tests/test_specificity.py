"""The specificity check: the brief's pairs, the definition's hard cases, each rule,
assignments, the catalogue, and the properties every report keeps."""

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from therapy_homework import (
    AssignmentKind,
    Dose,
    InvalidData,
    Plan,
    RecordSpec,
    Schedule,
    Severity,
    check_specificity,
)
from therapy_homework.checks import FILL_IN, Missing, suggest_rewrite
from therapy_homework.model import Suggestion
from therapy_homework.templates import CATALOGUE, Template, get_template
from therapy_homework.testing import strategies as ths

from .helpers import T0, assignment

# --------------------------------------------------------------------------- the brief's table

VAGUE_PAIRS = [
    ("Journal more", Missing.FOCUS),
    ("Communicate better", Missing.ACTION),
    ("Stop overthinking", Missing.ACTION),
    ("Calm down", Missing.ACTION),
]
SPECIFIC = [
    "Write down the exact thought you had right before your chest tightened, then rate how "
    "strongly you believed it",
    "During one hard conversation this week, state your feeling before your argument",
    "Set a ten-minute timer to write out the feared outcome, the likely outcome, and the "
    "evidence for each",
    "When I notice my body revving up, I will put both feet on the floor, lengthen my exhale, "
    "and wait two minutes before responding",
    "Text Sam by Friday.",
]


@pytest.mark.parametrize(("text", "missing"), VAGUE_PAIRS)
def test_the_briefs_vague_examples_are_flagged_with_what_is_missing(
    text: str, missing: Missing
) -> None:
    report = check_specificity(text)
    assert not report.ok
    assert missing in report.missing
    assert Missing.OCCASION in report.missing
    assert all(f.severity is Severity.PROBLEM for f in report)


@pytest.mark.parametrize("text", SPECIFIC)
def test_the_briefs_specific_examples_pass(text: str) -> None:
    report = check_specificity(text)
    assert report.ok, report.codes
    assert not report.findings


# --------------------------------------------------------------------------- hard cases
# The rules the definition gives for hard cases, each as a named clinical situation.

VAGUE_HARD = {
    "a routine told before the report, which does not point back at it, bounds nothing": (
        "I walk the dog at 7 every morning for 20 minutes. My therapist says I need to "
        "work on my self-esteem."
    ),
    "a note of what happened, before the report, bounds nothing": (
        "Saturday night: three glasses of wine, bed at 2am. My counsellor says I should cut down."
    ),
    "holding a feeling for a while is no act of the body": (
        "Hold your grief gently for ten minutes each night."
    ),
    "'clinically proven' claims research": (
        "Box breathing for 5 minutes at bedtime is clinically proven to help sleep."
    ),
    "catching thinking errors is a mental act, even with a cue": (
        "Keep catching thinking errors while you sort the spare room."
    ),
    "'what matters' names no act": (
        "When the fatigue flares, keep doing what matters to you anyway."
    ),
    "the story before a report with no act of its own bounds nothing": (
        "Last Friday I had four biscuits at work, felt sick by 2pm, and skipped dinner by 7. "
        "I told my coach and she said the work for me right now is to make peace with "
        "feeling full."
    ),
    "an errand told in the story with 'to go and' is no instruction": (
        "I missed the new counsellor on Monday. Two buses to go and sit in a waiting room "
        "felt impossible, so I stayed in bed. She'd said I'm supposed to keep working on "
        "getting out more."
    ),
    "a routine told before 'my therapist's advice' bounds nothing": (
        "Every night at 9 I ring Mum for an hour. My therapist's advice is to be kinder to myself."
    ),
    "'work out whether' is thinking, not a workout": (
        "Work out whether you want to stay in the choir by the end of the month."
    ),
    "pulling oneself up on a word is checking oneself, in the mind": (
        "Every time you call yourself stupid, pull yourself up on it."
    ),
    "'to form' a habit is a verb, not a form to fill in": (
        "Mindful eating x14 days, to form a new habit."
    ),
    "starting to question one's thinking is a mental act": (
        "He told me I should start questioning my thinking whenever I catch myself panicking."
    ),
    "'any other time you feel like it' is no cue": (
        "Go for a run any other time you feel like it."
    ),
    "a question about last Saturday asks for no act": (
        "What about going to the party last Saturday felt so hard?"
    ),
    "'1 thing' is one thing, no named act": "Do 1 thing from your values list before next session.",
    "'one act of kindness' names no act": "Do one act of kindness for yourself this week.",
    "what a partner says the client does is no task": (
        "My partner says every evening I check my phone at dinner."
    ),
    "working out a way is thinking": "Work out a way to say no to your manager by Friday.",
    "a product named in a condition is not what 'it' reads": "If the card helps, read it.",
    "'eat it' of a thought is an idiom, not a meal": "If a thought bothers you, just eat it.",
    "a routine told before any clinician is named is no plan": (
        "Before bed I scroll my phone for an hour; it is my only downtime. My counsellor "
        "wants me to rest more."
    ),
    "'every' evening, then 'you': a routine described, not a plan": (
        "Every Sunday evening, you phone your mother and argue. It has been that way for years."
    ),
    "goals listed in a client's story are not the task": (
        "My therapist and I made a list of goals: walk to the park, ring my sister, cook once "
        "a week. For now she says the homework is to be kinder to myself."
    ),
    "the 'that' of 'asked that I' introduces the task, it does not point back": (
        "Rang Mum four times on Sunday, each call over an hour. My counsellor asked that I "
        "hold my boundaries better."
    ),
    "'my first session' marks a client's account": (
        "Had my first session on Monday and walked to the shop twice on Tuesday after it. "
        "He says the homework is to stop avoiding things."
    ),
    "what the client started, told after the report, is no bound": (
        "My therapist suggested I write kind notes to myself whenever I can. Started on "
        "Saturday and it feels odd."
    ),
    "'make a point of' is a frame, whatever verb follows": (
        "Make a point of celebrating the small wins this week."
    ),
    "applying 'the skill' names no act": "Apply the new skill whenever the urge to argue comes up.",
    "time spent on 'something you enjoy' names no act": (
        "Do 20 minutes of something you enjoy each evening."
    ),
    "'a few of' is no count, so no one product": "Jot down a few of the places you tend to avoid.",
    "skills used to bring a feeling down name an outcome": (
        "During a flare, use the skills from group to bring the distress down."
    ),
    "a client's story before the reported task bounds nothing": (
        "Dad rang three times on Saturday and every call went past an hour. My counsellor "
        "says the homework is to hold my boundaries with him better."
    ),
    "the name of the therapy heading a note is not an act": (
        "ACT: small steps toward values even when anxious. Ongoing."
    ),
    "a spoken act with an open occasion": (
        "Say one thing you appreciate about your partner whenever it feels right."
    ),
    "a duty modal before a mental command": ("When I feel the anger starting I should calm down."),
    "an adjective before the act, with no bound": "Gentle stretching more often.",
    "keeping oneself in a state is not an act": "Keep yourself distracted every evening.",
    "a goal with a soft verb and 'a little'": (
        "Pick one goal and move toward it a little before Thursday."
    ),
    "time for oneself is a stance, not an act": (
        "Give yourself fifteen minutes of me-time each evening."
    ),
    "'some things' names no act": "Do some things you used to enjoy this weekend.",
    "'the tools' with a cue names no act": (
        "Use the tools from session whenever you feel triggered."
    ),
    "a stance with a count": "Once this week, lean into the discomfort.",
    "a number about research is not a dose": (
        "Make self-compassion a priority: studies find that six weeks of practice reduces "
        "rumination."
    ),
    "'until it feels easy' is an outcome": "Keep practising the exercises until they feel easy.",
    "reflecting is a mental act": "Spend some time reflecting on what we talked about.",
    "reminding yourself is a mental act": (
        "Each morning this week, remind yourself that you are enough."
    ),
    "a ratio target is not a dose": "Aim for five positive comments for every negative one.",
    "'when you can' bounds nothing": "Go for a walk whenever you can.",
    "a frequency alone is an open habit": "Walk every day.",
    "being mindful is a stance": "Be mindful of your breathing during the day.",
    "accepting is a mental act": "Accept your feelings when they come up.",
    "noticing with no exact thing": "Notice when you feel anxious this week.",
    "a prohibition alone is not an act": "Don't check your phone after 9 p.m. this week.",
    "'one thing' after a verb that needs its object names no act": (
        "Do one thing for yourself on Saturday."
    ),
    "'worth' before a mental act": "It might be worth reflecting on this every evening.",
    "choosing a value is inward": "Pick one value and live by it on Sunday.",
    "'if something ...' is no occasion": "If something stands out this week, write about it.",
    "helping with no act named": "Help your partner more.",
    "a reassurance's 'if' bounds nothing": (
        "Practise the breathing; don't worry if you forget it after dinner."
    ),
    "'every so often' is no count": "Look through the photo box every so often.",
    "'every now and then' is no count": "Ring your aunt every now and then.",
    "'once in a while' is now and then, not once": "Visit the allotment once in a while.",
    "a cue that is the client's mood bounds nothing": ("Write to her whenever the mood takes you."),
    "a gerund's statement is not the task": (
        "Tracking your son's meltdowns is one of the most useful things a parent can do; "
        "daily notes work best."
    ),
    "a letter's greeting and the writer's own wish are not the task": (
        "Dear Ravi, I wanted to write after today's session. You told me the mornings are the "
        "worst, and that you have stopped seeing friends. It makes sense that you feel stuck. "
        "Over the next week, be gentle with yourself."
    ),
    "making a point of a state is still a state": (
        "Every morning this week, make a point of feeling grateful for your body."
    ),
    "a question to think about is not a request": "Would you ring her if she didn't call first?",
    "a question asking an opinion is not a request": (
        "Would you say the panic has been worse on weekdays this month?"
    ),
    "questions after a colon are still questions": (
        "Questions to think about: Can you tell your partner when you are upset? Would you ask "
        "for help at work?"
    ),
    "an example of acts stays an example": (
        "Every day after work, do something relaxing, e.g. go for a walk, have a bath, or "
        "phone a friend."
    ),
    "the writer's own wish, past an adverb, is no task": (
        "I just wanted to write after today's session to say how proud I am of you."
    ),
    "pressing a feeling down happens in the mind": "When you feel the panic rising, press it down.",
    "the 'if' of 'I wonder if you might' is no cue": "I wonder if you might go for a walk.",
    "a guess about the past behind a polite frame": (
        "I wonder if you could have left the party earlier on Saturday."
    ),
    "'do you mind ...?' asks about a preference": (
        "Do you mind going to the supermarket on your own at the weekend?"
    ),
    "an idiom with a number word is no occasion": "Could you take it one day at a time?",
    "a walk after dinner in a letter's story is a detail": (
        "It's been a hard few weeks and you are tired. You mentioned the evenings, the walk "
        "after dinner, the quiet house. Maybe do some things you enjoy on Saturday."
    ),
    "how the client usually is, not what to do": (
        "I usually check the locks six times a night. My counsellor wants me to relax about it."
    ),
    "contacting people in general names no one to contact": (
        "When a wave of grief hits, reach out to your support network instead of drinking."
    ),
    "making something easier is an end, not an act": (
        "Over the next seven days, work on making it easier to get started."
    ),
    "a number worked towards is a target": (
        "Add a few more steps as you go, working toward the 10,000 a day that's recommended."
    ),
    "a thought experiment happens in the mind": (
        "Before you power through a chore, run a quick thought experiment."
    ),
    "exploring why is an inquiry of the mind": (
        "When you feel resistance to something this week, explore what's behind it."
    ),
    "one small action names no action to count": (
        "Choose one small action today that reflects something you care about."
    ),
    "a boundary set with two describing words is still a boundary": (
        "When your mum starts correcting how you parent, set a firm but loving boundary."
    ),
    "carrying on with whatever one does names no act": (
        "Keep doing what you're doing on the motorway this fortnight, self-talk and all."
    ),
    "a film watched in the mind's eye is imagined": (
        "Watch the movie of your day in your mind's eye for five minutes before sleep."
    ),
    "two research words make a report of research": (
        "In the research literature, people who walk 20 minutes after dinner fall asleep faster."
    ),
    "one very small thing is still no act": "Do one very small thing each morning.",
    "digging into why is an inquiry of the mind": (
        "Dig into what's behind your anger for 10 minutes on Sunday."
    ),
    "a time to get to is a target": "Get to 20 minutes of reading a night.",
    "one brave thing names no act": "Do one brave thing a day that lines up with your values.",
    "hours of sleep are a state, not a dose of something done": (
        "Get eight hours of sleep every night."
    ),
    "time for oneself is a state, not a dose of something done": (
        "Get half an hour of me-time each evening."
    ),
    "minutes of self-care name no act": "Get 15 minutes of self-care each day.",
    "friends in general are no one to contact": "Reach out to friends when you're struggling.",
    "'anyone at all' is no one in particular": "Reach out to anyone at all when you feel low.",
    "one scary thing names no act": "Do one scary thing every day.",
    "a routine made calmer is an end": "Make the evening routine calmer each night this week.",
    "a study's finding is research, and a priority is no act": (
        "A large study found that fifteen minutes a day keeps a marriage healthy, so make "
        "connecting a priority."
    ),
    "time set aside for nothing named is no act": "Set aside 20 minutes on Sunday.",
    "a problem told after a colon is no task": "The problem: he drinks every night.",
    "practising one's own skills names no act": "Practise your grounding skills each evening at 9.",
}
SPECIFIC_HARD = {
    "'linked to' describing an object is no research claim": (
        "Week 3 group: bring 1 object linked to your person and be ready to tell its "
        "story in 3 minutes."
    ),
    "holding a fist for a timed minute is a body's act": (
        "Each time your hand heads to your scalp, make a fist and hold it for a full "
        "minute, then add a mark to the tally sheet."
    ),
    "a routine told before the report is what the report points to": (
        "Every morning at 7 I walk the dog for 20 minutes. My therapist says that counts "
        "as my exposure homework."
    ),
    "a setting to come, told before the report, is the task's occasion": (
        "On Saturday at 2 we have the kids' swimming lesson. Our counsellor wants us to "
        "sit together on the bench and not look at our phones."
    ),
    "a clinician's note about 'the therapist' is no client's story": (
        "Pt to walk 20 min daily at 7am. The therapist asked pt to log it."
    ),
    "'we'll each' after 'we decided that' and its setting": (
        "We decided that after Sunday lunch we'll each name one thing we appreciated "
        "about the week."
    ),
    "'homework is' with a plain verb and its object": (
        "Did the strengths quiz with my counsellor and I put kindness first. Homework is "
        "post one photo of a kind act in the group chat before Friday."
    ),
    "'we agreed that' past the setting to the client's act": (
        "Work is chaos at the moment. My therapist and I agreed that at Monday's team "
        "meeting I'll ask my manager one question about the rota."
    ),
    "a task reported to two people at once": (
        "My therapist asked me and my wife to jot down, for every argument this week: "
        "when, where, and who walked away first."
    ),
    "a sentence that names the duty is no story": (
        "Rough week. Every morning this week I have to walk to the end of the road and "
        "back. My counsellor says to go slowly."
    ),
    "one product is a count of one": (
        "Write a goodbye letter to your old job and read it aloud to me next session."
    ),
    "a product and a day": (
        "Put together a playlist of five songs that calm you and play it on the train home on "
        "Wednesday."
    ),
    "a log with named fields and a cue": (
        "Each time you skip a meal, note the time, what you were doing, and the thought just "
        "before."
    ),
    "clinician shorthand with a clock time and a range": (
        "Nightly at 10:15, 15-20 minutes on the worry-postponement list, timer on."
    ),
    "verbless trials with a dose": (
        "Three exposure trials this week, 20-30 min each, SUDS before and after."
    ),
    "a soft verb around a concrete, bounded act": (
        "Try the three-breath pause once before Saturday."
    ),
    "pages as the dose, the session as the deadline": (
        "Work through pages 4 to 6 of the workbook before our session."
    ),
    "being somewhere by a time is observable": "Be at the gym by 7 a.m. on Monday and Wednesday.",
    "a noticing task with the exact thing and a cue": (
        "Notice what happens in your body when you talk about your dad."
    ),
    "hour by hour is a bound": (
        "Hour by hour on Saturday, note what you were doing and your mood 0-10."
    ),
    "an ordinal date before the client's own duty": (
        "By the 3rd I'm supposed to have called the landlord about the boiler."
    ),
    "a duty modal after the cue's own verb": (
        "He said that when I feel the shouting starting I should walk to the end of the road "
        "and back."
    ),
    "a subject's quantifier before the act": (
        "At dinner on Friday we each say one thing the other did that helped."
    ),
    "'do' before an activity named by a gerund": "Do star jumps for two minutes when you wake.",
    "a field list written as a note, with a cue": (
        "Sleep log after each night shift; note time + how long it took to drop off."
    ),
    "an adjective before the act it describes": (
        "Gentle stretching for five minutes when you get out of bed."
    ),
    "an act suggested as a gerund, with a deadline": (
        "My counsellor suggested ringing the surgery to book a check-up before next Tuesday."
    ),
    "'manage' around one concrete act with a deadline": (
        "See if you can manage one phone call to your sister before Sunday."
    ),
    "keeping an object in a state anyone could see": (
        "Keep the phone switched off from 9 p.m. on weeknights this week."
    ),
    "a limit after the act is part of the plan": (
        "Drive to the lake on Saturday morning and swim for ten minutes, no phone."
    ),
    "a reassurance after a bounded act does not undo it": (
        "On two evenings this week, cook one meal from scratch; don't worry if it goes wrong."
    ),
    "a verb that names the act, with 'one thing', is one act": (
        "Cook one thing from the new recipe book on Sunday evening."
    ),
    "an aside in brackets leaves the sentence an instruction": (
        "Walk the dog round the park (you said the route is flat) after breakfast on Saturday."
    ),
    "choosing counted things anyone could see": (
        "Choose three photos of your grandmother for the memory box before Tuesday's group."
    ),
    "a mark on a page is an act, whatever it marks": (
        "Circle every value on the handout that matters to you, and bring it on Thursday."
    ),
    "'whenever something ...' recurs: each time is a cue": (
        "Whenever something stings at work this week, jot it in your notebook with the time "
        "and what was said."
    ),
    "the client's own plan in the progressive, after a statement": (
        "We talked about being a better neighbour, so by Sunday I'm taking next door's bins out."
    ),
    "a cue with no verb and no comma, then the act": (
        "After dinner on weeknights walk the dog round the block."
    ),
    "a verbless cue, then the client's own act in the present": (
        "My counsellor lent me a step counter. After lunch I walk to the post box and "
        "back, and before bed I write the steps in my diary."
    ),
    "a verbless cue, then 'you' and the act": "After tea you read Sam one chapter aloud.",
    "a time phrase, then 'you' and the act, is the plan for that time": (
        "This Saturday morning, you walk Bella to the end of the lane and back."
    ),
    "'says' with the setting first, then the client's act": (
        "My counsellor says for the next ten days I just tally every cigarette on the card in "
        "my wallet."
    ),
    "a workout is an act": "Work out at the leisure centre on Monday at 6.",
    "'how about' asks for the act": (
        "How about ringing your aunt before Sunday to ask about the recipe?"
    ),
    "'any other time' is a cue": (
        "Any other time a craving hits, tally it on the card in your wallet."
    ),
    "a physio's causative reports the act": (
        "My physio has me doing the sit-to-stand ten times every morning."
    ),
    "a screenshot is a record": "Screenshot your step count every evening at 9 this week.",
    "'say,' before the words to say is an instruction, not an example": (
        "When your mum asks about your weight at Sunday lunch, say, I'm not discussing that today."
    ),
    "a numbered exercise's name is a name, not a count": (
        "Try the 5-4-3-2-1 exercise the next time panic starts on the bus."
    ),
    "freewriting is writing": "Freewrite about your dad's workshop for ten minutes on Sunday.",
    "working out a budget makes a product": (
        "Work out the monthly budget on a spreadsheet by Sunday."
    ),
    "a meeting that is the task, with its count": "AA meeting x2 this week.",
    "a place the note sends the client to": "Twice to the pool this week, 20 lengths.",
    "a pull-up is an act": "Each morning, pull yourself up on the chin-up bar five times.",
    "a second act after 'and' is an act, not a listed noun": (
        "When the urge to binge comes on Friday night, get your coat and walk."
    ),
    "one thing hung in someone's memory is a count of one": (
        "Hang a bird feeder in the garden in your dad's memory."
    ),
    "reading 'it', the card named before, is reading the card": (
        "Take your worry card to work and read it before you leave the office each day."
    ),
    "cooking a dish named before is an act, whatever 'it' is": (
        "Choose one of your gran's recipes and cook it with your sister one evening this week."
    ),
    "a setting's time, then 'you' and the act, in one clause": (
        "During lunch you walk to the post box and back, every workday this week."
    ),
    "a soft verb with its means, 'by' and an act": (
        "Work towards the 10k by jogging for 15 minutes on Monday and Friday mornings."
    ),
    "a feeling brought down by a named act": (
        "Bring your tension down with a 10-minute breathing exercise at 9 pm each night."
    ),
    "a feeling got down on paper is writing": "Get your worry down on paper each night at 9.",
    "time taken from an occasion is not what is done": (
        "Spend 15 minutes of each coffee break outside, away from the screen."
    ),
    "a routine the report counts as the task, after 'that I can count it'": (
        "Every evening I take the bus two stops and back. My therapist says that I can count "
        "it as my exposure homework."
    ),
    "goals the report ticks off one by one are the task": (
        "My goals this week: swim on Monday at 7 and cook dinner on Thursday. My psych says "
        "to tick each one off on the fridge chart."
    ),
    "a named questionnaire in a note, with its occasion": (
        "GAD-7 + PHQ-9 the night before each appt."
    ),
    "time spent on a named activity": "Do ten minutes of yoga each morning.",
    "'x5 nights' counts nights, it is no period": "Leave the phone downstairs overnight x5 nights.",
    "'at the end of each day' is a time of day": (
        "At the end of your shift, stretch your calves against the wall."
    ),
    "a verbless cue, then a form to fill in together": (
        "Before bed on school nights fill in one line of the feelings diary together."
    ),
    "'it can help to' suggests the act": "It can help to ring one friend on Saturday morning.",
    "'might be worth' softens the act, it does not hide it": (
        "Might be worth calling your sister on Sunday to ask about the move."
    ),
    "a long warm paragraph around one bounded plan": (
        "I know this week has been heavy, and I don't want to add much. When you feel up to it, "
        "it can help to be gentle with yourself. The one thing I'd ask: on Sunday evening, "
        "write down three moments from the week when you coped better than you expected."
    ),
    "an abbreviated worksheet with counts and a due week": (
        "Grief wksht: 5 things you miss about him. Due wk 2."
    ),
    "adding to a named record is writing on it": (
        "Every evening for the next fortnight, thank your partner for one thing and add it to "
        "the list on the fridge."
    ),
    "a numbered step of the plan names its act": (
        "Practise rung 2 of the ladder on two mornings before our next session."
    ),
    "a relative clause with a person as subject is the focus": (
        "Every night for a fortnight, write down two things your son did that made you smile."
    ),
    "after an example, 'and' with an instruction's verb goes back to the task": (
        "Her suggestion was to pick a memory, for example the beach trip, and write it down on "
        "Sunday evening."
    ),
    "a suggested act after a setting, in the client's words": (
        "My GP suggested that after the school run I walk to the park and back."
    ),
    "a low mood arriving is a real cue, not a whim": "When a low mood hits, ring your brother.",
    "an urge ('in the mood to ...') is a cue": (
        "When you're in the mood to drink, text your sponsor."
    ),
    "a warm preamble keeps the one timed line of the plan": (
        "You did well today. I know it's hard. We'll go slowly. One call to the housing office "
        "by Friday, you can do it."
    ),
    "a gerund that is the plan names the task": (
        "Going to the gym is the plan: Monday, Wednesday and Friday at 7 a.m."
    ),
    "a suggested act after the cue's own subject": (
        "We suggested that when you feel anxious you phone your sister."
    ),
    "adding to a record named with a noun before it": (
        "Each time you notice a worry, add it to your worry list."
    ),
    "'would you be able to' asks for the act": "Would you be able to text Sam by Friday?",
    "'once in a week' is once": "Ring your mum once in a week.",
    "a polite frame around a request: 'could I ask you to'": (
        "Could I ask you to fill in the sleep diary each morning this week?"
    ),
    "a polite frame around a request: 'can I suggest you'": (
        "Can I suggest you walk for 20 minutes after lunch on weekdays?"
    ),
    "a polite frame around a request: 'do you think you could'": (
        "Do you think you could text Sam by Friday?"
    ),
    "'would you mind' with a gerund asks for the act": "Would you mind texting Sam by Friday?",
    "'I was wondering if you could' asks for the act": (
        "I was wondering if you could call your sister on Sunday."
    ),
    "a request put as a question is asked": (
        "Could you take one photo of the garden each morning before Friday?"
    ),
    "'would you be willing to' is a soft frame on the act": (
        "Would you be willing to ring the surgery on Monday to book the scan?"
    ),
    "'see if I can' inside a reported task is a soft frame": (
        "My counsellor wants me to see if I can invite Priya for lunch on Saturday."
    ),
    "a cue about the mood itself is a real cue": (
        "When your mood drops below 4, text one friend and note the time."
    ),
    "a literature class is a place, not research": (
        "See if you can put your hand up in next Wednesday's literature class and ask one "
        "question about the narrator."
    ),
    "holding a position for a timed while is an act": (
        "Whenever your fingers head for your face at the laptop, clench both fists and hold "
        "for a full minute."
    ),
    "'at the first' sign of something is a cue": (
        "At the first tug toward your cuticles, press both palms flat against your thighs."
    ),
    "watching a named programme is an act": (
        "Watch one episode of the talk show you've been avoiding every evening this week."
    ),
    "a client's doubt after the task is a remark, not a task": (
        "My homework is to listen to five minutes of the sounds every day until I see him "
        "next week. I honestly don't know if I can do this."
    ),
    "reaching out to one named person is an act": "Reach out to your sister on Friday.",
    "reaching out to a counted group is an act": (
        "Reach out to two people from your group by text before Friday."
    ),
    "reaching out to a named service is an act": (
        "Reach out to the recovery community centre on Tuesday to book an induction."
    ),
    "one more call is a count, not a state": "Make one more call to the GP before Friday.",
    "a state reached by a named means is that means": (
        "Make bedtime calmer by turning off all screens at 10 pm each night this week."
    ),
    "what one wrote is a product to bring": "Bring what you wrote to our next session.",
    "a thought experiment on paper is written": (
        "Do the thought experiment on the handout twice before Thursday, writing your answers "
        "in the boxes."
    ),
    "a citation that opens an instruction is no research": (
        "According to the guidelines, do your pelvic floor exercises three times a day: 10 "
        "squeezes, 5 seconds each."
    ),
    "the client's own findings are no research": (
        "Write down what your findings show after each exposure: peak SUDS and how long it "
        "took to drop."
    ),
    "'at the first moment' of something is a cue": (
        "At the first moment you notice tension, drop your shoulders and breathe out slowly "
        "for a count of six."
    ),
    "the act after a gloss is read": (
        "Before bed tonight, as a first step write three lines about what went well today."
    ),
    "'as' with the act in its own clause is a cue": (
        "When you get home, as the door closes behind you take three slow breaths."
    ),
    "watching TV with someone is an act": (
        "Watch TV with your son for 30 minutes on Saturday morning."
    ),
    "describing words in a list describe one object": (
        "Send your dad a short, warm but honest text on Sunday about missing his birthday."
    ),
    "a length of time before the act's noun measures it": (
        "Take a 10-minute walk every lunchtime this week."
    ),
    "minutes of something done are a dose of it": (
        "Within an hour of waking each day, get 15 minutes of outdoor light before you check "
        "your phone."
    ),
    "'for' someone opening the sentence leads to the act": (
        "For my nutritionist next week I have to write out a list of my fear foods."
    ),
    "a setting that opens a sentence is no statement": (
        "For my OT I have to make a cup of tea standing up once a day without holding the counter."
    ),
    "getting to a count of meetings is going to them": "Get to 2 AA meetings this week.",
    "examining a named part of the body is noticing it": (
        "Examine your feet for cuts every evening before bed."
    ),
    "someone at a named occasion is someone": (
        "Reach out to somebody at Sunday's church service after the service."
    ),
    "the act after a gloss that opens the text is read": (
        "As a first step write three lines about Tuesday before bed tonight."
    ),
    "an inquiry done by a named means is that means": (
        "Investigate how long the walk to the station takes by timing it on Monday morning."
    ),
    "'what happens if you ...' is an experiment with its act": (
        "Explore what happens if you leave the light switch unchecked once each evening this week."
    ),
    "a timed break named by what is done is an act": (
        "Take a 10-minute breathing break at 3 p.m. each day."
    ),
    "watching a comedy is an act": "Watch a comedy on Friday night.",
    "'if you can face it' is the condition's own verb, not the task": (
        "Tonight, if you can face it, start a list in your journal of everything you miss "
        "about your mum."
    ),
    "holding up a thing is an act": (
        "On Thursday at the service, hold up a candle for your dad when they read the names."
    ),
    "time set aside to do a named act is that act": (
        "Set aside 20 minutes on Sunday to write to your dad."
    ),
    "a bare repeat of a focused verb keeps its focus": (
        "When you get restless, notice where your body is tight and whether it's sharp or "
        "dull. Just notice."
    ),
    "'every single time' is a cue": (
        "Praise him every single time he sits at the table for his whole meal this week."
    ),
    "a rule told as done is the task": (
        "His counsellor's new rule: at the diner on Saturday our son orders his own drink, "
        "out loud, no pointing at the menu."
    ),
    "the homework told in the third person is the task": (
        "The homework: he rings his nan on Sunday at 6."
    ),
    "one at a time of a thing is a count, not a pace": (
        "Take one tablet at a time with a full glass of water at 8 a.m."
    ),
    "'I've to' is 'I have to'": (
        "Every evening before bed I've to write down my three strongest emotions and rate "
        "each one from 1 to 100."
    ),
    "getting a record down is writing it": (
        "Any evening this week when your mood dips, get a thought record down before bed: "
        "where you were, the feeling (0-100) and the thought."
    ),
    "a task told as done reads on past a cue": (
        "My wife explained her ERP homework to me: on mornings when she's the last one out, "
        "she locks the front door once and drives to work."
    ),
}


@pytest.mark.parametrize("text", VAGUE_HARD.values(), ids=VAGUE_HARD.keys())
def test_vague_hard_cases(text: str) -> None:
    report = check_specificity(text)
    assert not report.ok, report.codes
    assert report.findings


@pytest.mark.parametrize("text", SPECIFIC_HARD.values(), ids=SPECIFIC_HARD.keys())
def test_specific_hard_cases(text: str) -> None:
    report = check_specificity(text)
    assert report.ok, report.codes


def test_a_research_figure_is_named_as_the_reason() -> None:
    report = check_specificity("Studies find that six weeks of practice reduces stress.")
    finding = report["SPEC009"][0]
    assert "research" in finding.message
    assert finding.missing is Missing.OCCASION


# --------------------------------------------------------------------------- one case per rule


@pytest.mark.parametrize(
    ("text", "code", "missing"),
    [
        ("Be nicer to yourself", "SPEC001", Missing.ACTION),
        ("Get better sleep", "SPEC001", Missing.ACTION),
        ("Treat yourself kindly this week", "SPEC001", Missing.ACTION),
        ("Stop people-pleasing", "SPEC002", Missing.ACTION),
        ("Let go of the past", "SPEC002", Missing.ACTION),
        ("Relax before bed", "SPEC002", Missing.ACTION),
        ("Work on your self-esteem", "SPEC003", Missing.ACTION),
        ("Practice self-care this weekend", "SPEC003", Missing.ACTION),
        ("Exercise more", "SPEC004", Missing.OCCASION),
        ("Keep doing the breathing when you can", "SPEC004", Missing.OCCASION),
        ("Practice breathing exercises", "SPEC005", Missing.OCCASION),
        ("Journal every day", "SPEC006", Missing.FOCUS),
        ("Read about anxiety this week", "SPEC006", Missing.FOCUS),
        ("Whatever feels right for you", "SPEC007", Missing.ACTION),
        ("Notice when you feel anxious this week", "SPEC008", Missing.FOCUS),
        ("Aim for 80% of nights in bed by eleven.", "SPEC009", Missing.OCCASION),
    ],
)
def test_each_text_rule(text: str, code: str, missing: Missing) -> None:
    report = check_specificity(text)
    assert code in report, report.codes
    assert report[code][0].missing is missing
    assert report[code][0].path == "$"
    assert not report.ok


def test_length_is_no_signal() -> None:
    long_and_vague = (
        "Over the next few weeks, try to be a bit more mindful and present in your "
        "relationships and in your daily life, and be gentle with yourself while you do it."
    )
    assert not check_specificity(long_and_vague).ok
    assert check_specificity("Say no to one request this week.").ok


def test_quoted_scripts_are_not_read_as_instructions() -> None:
    text = "Say 'I need to calm down and stop' out loud once before Friday."
    assert check_specificity(text).ok


def test_an_apostrophe_is_not_a_quotation_mark() -> None:
    text = "After Sunday lunch at your parents', fill in one thought record before bed."
    assert check_specificity(text).ok


def test_a_question_asks_for_no_act() -> None:
    assert not check_specificity("What would you like to try this week?").ok


def test_anything_else_is_refused_with_the_kits_error() -> None:
    with pytest.raises(InvalidData):
        check_specificity(42)  # type: ignore[arg-type]
    with pytest.raises(InvalidData):
        suggest_rewrite(None)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- assignments


def test_a_structured_plan_is_checked_field_by_field() -> None:
    plan = Plan(
        action="Write down the exact thought",
        cue="When your chest tightens",
        dose=Dose(count=3),
        record=RecordSpec(scale=None, what="The thought"),
    )
    assert check_specificity(assignment(instructions="Journal more", plan=plan)).ok


def test_a_plan_without_dose_is_a_warning_for_behavioural_work() -> None:
    plan = Plan(action="Walk around the block", cue="After lunch")
    homework = assignment(
        kind=AssignmentKind.BEHAVIOURAL,
        plan=plan,
        instructions="Walk around the block after lunch.",
    )
    report = check_specificity(homework)
    assert report.codes == ("SPEC011", "SPEC012")
    assert report["SPEC011"][0].path == "$.plan.dose"
    assert report["SPEC011"][0].severity is Severity.WARNING
    assert report["SPEC012"][0].severity is Severity.INFO


@pytest.mark.parametrize("kind", [AssignmentKind.NOTICING, AssignmentKind.GRIEF])
def test_noticing_and_grief_work_are_not_asked_for_a_dose(kind: AssignmentKind) -> None:
    plan = Plan(
        action="Notice what happens in your body",
        cue="When you talk about your dad",
        record=RecordSpec(what="Where you felt it"),
    )
    report = check_specificity(assignment(kind=kind, plan=plan, instructions="As discussed."))
    assert report.ok, report.codes


def test_a_values_task_needs_the_action_and_when() -> None:
    vague = check_specificity("Live by your values", kind=AssignmentKind.VALUES)
    assert not vague.ok
    specific = "Schedule one value-based action before our next session and note how it went."
    assert check_specificity(specific, kind=AssignmentKind.VALUES).ok


def test_a_vague_plan_action_is_reported_at_its_path() -> None:
    plan = Plan(action="Be more present", dose=Dose(minutes=10))
    report = check_specificity(assignment(instructions="As we discussed.", plan=plan))
    assert report["SPEC001"][0].path == "$.plan.action"


def test_a_plan_with_no_occasion_points_at_the_cue() -> None:
    plan = Plan(action="Write down the exact thought", record=RecordSpec(what="The thought"))
    report = check_specificity(assignment(instructions="As we discussed.", plan=plan))
    assert report["SPEC005"][0].path == "$.plan.cue"


def test_a_plan_with_no_review_time_has_no_end() -> None:
    plan = Plan(action="Walk for ten minutes", dose=Dose(minutes=10), cue="After lunch")
    report = check_specificity(assignment(plan=plan, review_at=None))
    assert report["SPEC013"][0].path == "$.review_at"
    bounded = assignment(
        plan=plan, review_at=None, schedule=Schedule.recurring("FREQ=DAILY;COUNT=5", timezone="UTC")
    )
    assert "SPEC013" not in check_specificity(bounded)


def test_relational_work_may_name_the_partner() -> None:
    text = "Ask Robin on Sunday evening which night this week suits a walk together."
    assert check_specificity(text, kind=AssignmentKind.RELATIONAL).ok


# --------------------------------------------------------------------------- the catalogue


def test_the_catalogue_covers_every_kind_and_approach() -> None:
    assert len(CATALOGUE) >= 30
    assert {t.kind for t in CATALOGUE} >= {
        AssignmentKind.COGNITIVE,
        AssignmentKind.BEHAVIOURAL,
        AssignmentKind.RELATIONAL,
        AssignmentKind.NOTICING,
        AssignmentKind.GRIEF,
        AssignmentKind.VALUES,
    }
    assert {t.approach.value for t in CATALOGUE} == {"cbt", "rebt", "couples", "grief", "other"}
    assert len({t.id for t in CATALOGUE}) == len(CATALOGUE)


@pytest.mark.parametrize(
    "template_id",
    [
        "catch-the-thought",
        "test-a-belief",
        "rebt-abc",
        "delay-reassurance",
        "honest-conversation",
        "grounding-pause",
        "soft-start-up",
        "repair-attempt",
        "feeling-under-criticism",
        "notice-before-shutdown",
        "panic-log",
        "grief-body-noticing",
        "one-value-action",
        "feeling-before-argument",
        "feared-and-likely-outcome",
    ],
)
def test_the_briefs_examples_are_in_the_catalogue(template_id: str) -> None:
    template = get_template(template_id)
    assert template.standard.instructions != template.lighter.instructions


@pytest.mark.parametrize("template", CATALOGUE, ids=lambda t: t.id)
@given(data=st.data(), lighter=st.booleans())
def test_every_template_renders_specific_homework(
    template: Template, data: st.DataObject, lighter: bool
) -> None:
    params = data.draw(ths.template_params(template))
    rendered = template.render(
        id="asg-1",
        client_id="client-1",
        assigned_at=T0,
        review_at=T0 + timedelta(days=7),
        lighter=lighter,
        params=params,
    )
    report = check_specificity(rendered)
    assert report.ok, (report.codes, rendered.instructions)
    text_only = check_specificity(rendered.instructions, kind=template.kind)
    assert text_only.ok, (text_only.codes, rendered.instructions)
    assert rendered.questions.why_this_task
    assert rendered.questions.why_now
    assert rendered.questions.how_reviewed


def test_a_template_refuses_unknown_or_empty_parameters() -> None:
    template = get_template("text-a-friend")
    with pytest.raises(InvalidData) as caught:
        template.render(
            id="a", client_id="c", assigned_at=T0, params={"person": " ", "colour": "red"}
        )
    assert sorted(caught.value.paths) == ["$.params.colour", "$.params.person"]


def test_the_lighter_version_asks_for_less() -> None:
    from therapy_homework.checks import load_of

    for template in CATALOGUE:
        assert template.standard.dose is not None, template.id
        assert template.lighter.dose is not None, template.id
        # What a week asks: the dose at each occurrence of the schedule, as capacity reads it.
        standard, lighter = (
            load_of(
                template.render(
                    id="a",
                    client_id="c",
                    assigned_at=T0,
                    review_at=T0 + timedelta(days=7),
                    lighter=light,
                )
            )
            for light in (False, True)
        )
        assert lighter.minutes_per_week <= standard.minutes_per_week, template.id


# --------------------------------------------------------------------------- properties

WORDS = st.sampled_from(
    "write down the exact thought when your chest tightens walk for ten minutes on Tuesday "
    "try to be more calm stop overthinking journal every day once this week notice what "
    "happens in your body 'I feel' and then rate it 0 to 10 after lunch by Friday "
    # words that open or end the reader's frames, so that a text may stop inside one
    "for example e.g. such as instance could would you I ask suggest that wonder if mind "
    "see can the mood strikes once in a every so often x14 days usually wanted add it to "
    "step 3 Dear".split()
) | st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
SEPARATORS = st.sampled_from([" ", "  ", "\n", "\t", ", ", ". ", " and ", "\n\n"])


@st.composite
def homework_texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=30))
    return "".join(w + draw(SEPARATORS) for w in words).strip()


@given(st.text())
def test_any_text_gives_a_report(text: str) -> None:
    report = check_specificity(text)
    assert report.ok == all(f.severity is Severity.INFO for f in report)
    # a text that is not specific always says what is missing
    assert report.ok or report.missing


@given(homework_texts(), st.sampled_from([str.upper, str.lower, str.title, str.swapcase]))
def test_reports_are_stable_under_case_changes(text: str, change: object) -> None:
    assert callable(change)
    assert check_specificity(change(text)).codes == check_specificity(text).codes


@given(homework_texts())
def test_reports_are_stable_under_spacing_changes(text: str) -> None:
    spaced = "  " + text.replace(" ", " \t  ") + " \n"
    assert check_specificity(spaced).codes == check_specificity(text).codes


def test_a_line_break_separates_items_and_a_blank_line_sentences() -> None:
    note = "Panic log after each attack\ntime, place, first sensation\nSUDS 0-100"
    assert check_specificity(note).ok
    assert check_specificity("Panic log after each attack\n\nSUDS 0-100").ok


@given(homework_texts())
def test_the_check_is_deterministic(text: str) -> None:
    assert check_specificity(text) == check_specificity(text)


@given(ths.homework_texts(specific=True))
def test_the_shipped_specific_fixtures_are_specific(text: str) -> None:
    assert check_specificity(text).ok


@given(ths.homework_texts(specific=False))
def test_the_shipped_vague_fixtures_are_vague(text: str) -> None:
    assert not check_specificity(text).ok


@pytest.mark.parametrize(
    "text",
    [
        "a'" * 50_000,
        "'" * 100_000,
        "when " * 20_000,
        "write down " * 10_000,
        "1 " * 50_000,
        "-" * 100_000,
        "ab" * 50_000,
        ("Try to be more calm, " * 5_000),
        "“" * 50_000 + "”" * 50_000,
        "each time " * 10_000,
        "the " * 25_000,
        "10:15 " * 16_000,
    ],
    ids=lambda t: f"{t[:6]!r}x{len(t)}",
)
def test_adversarial_long_inputs_are_handled(text: str) -> None:
    report = check_specificity(text)
    assert isinstance(report.ok, bool)


def test_the_fill_in_suggestion_is_all_slots_and_frame() -> None:
    assert isinstance(FILL_IN, Suggestion)
    assert FILL_IN.template is None
    assert {s.name for s in FILL_IN.slots} == {"action", "when", "count", "record"}
    report = check_specificity("Whatever feels right for you")
    assert report["SPEC007"][0].suggestion == FILL_IN


@given(ths.homework_texts(specific=False))
def test_a_finding_about_the_verb_points_at_a_word_of_the_text(text: str) -> None:
    for finding in check_specificity(text):
        if finding.span is not None:
            start, end = finding.span
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]  # a word, not spaces


def test_a_mental_act_is_underlined_where_it_is() -> None:
    text = "This week, please reflect on what we talked about."
    [finding] = check_specificity(text)["SPEC002"]
    assert finding.span is not None
    assert text[slice(*finding.span)] == "reflect"
