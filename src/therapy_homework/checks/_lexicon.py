"""The words the specificity reader knows, grouped by the rule of the definition they serve.

Every list here answers one question the working definition asks of a homework text,
and the comment above it says which. The reader (:mod:`._reader`) only looks words up;
it never contains a word list of its own. Lists hold base forms, case-folded; the
reader strips ``-s``, ``-ed`` and ``-ing`` before it looks a verb up.

The lists were written from the definition and from general English, not from the
labelled corpus: a word belongs to a list because of what it means (could someone else
see it done? is it a count?), never because a corpus text needed it.

Each list spells out its type (``Final[frozenset[str]]``) rather than leaving it to be
inferred: the compiled build (``hatch_build.py``) type-checks the reader and these
lists together, and mypy cannot infer a name of this module while it is still checking
the reader, which imports it.
"""

from typing import Final

__all__: list[str] = []


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --------------------------------------------------------------------------- verbs
#
# Could someone else see it done, or would a record show it (the behaviour analysts'
# "dead man's test")? Verbs that pass are actions; writing, rating and noticing verbs
# are actions too, but need a focus; the rest are mental acts, stances, soft verbs or
# states, which are never actions on their own.

#: Observable acts: someone could see them, or they leave a trace.
ACTION_VERBS: Final[frozenset[str]] = _set(
    """
    accompany act add adjust answer apologise apologize apply approach arrange arrive ask
    investigate
    assemble attach attend bake bathe bike bin block blow book bookmark borrow bow breathe
    brew bring brush burn bury buy buzz call cancel carry carve chat chew chop choreograph
    circle clap clean clear climb clip close collect color colour complete compliment
    compose confront contact cook cook-up copy count cover create cross cry cuddle cut cycle
    dance declutter decorate delay delegate delete deliver describe dial dig dim disagree
    discard display dispose divide do donate doodle download draft drag draw dress drink
    drive drop drum dust eat email engrave enter exchange exercise exhale explain fast feed
    fetch file fill finish fix flip float fold follow frame freeze garden gather give glue
    go grab greet grill hand hang have hide highlight hike hold hook host hug hum inform
    inhale introduce invite iron jog join jot jump kiss kneel knit knock label laugh lay
    leave lend lie lift light limit load lock log lower mail make march mark massage
    meditate meet mention message mix mop mow mute name nap nod note offer open order
    organise organize pack paint park pass paste pause perform phone photograph pick pin
    place plant play pluck point post pot pour pray prepare  print propose pull
    purchase push put queue rate re-rate rearrange recite record recycle refuse rehearse
    reheat rejoin remove rent repeat reply repot request reread reschedule respond return
    rewrite ride ring rinse role-play roleplay roll rub run sail save say schedule scroll
    scrub sculpt search send serve set sew shake share shave shop shower shred sign sing sip
    sit skip slice slow smell smile snack snap soak sort speak spend spray sprinkle squat
    squeeze stack stamp stand staple start stay step stick stir store stretch stroke submit
    swap sweep swim swing switch tag take talk tap taste teach tell tense text thank throw
    tick tidy tie time toss touch trace transfer travel trim tuck turn turn-off type
    underline unfollow unpack unplug unsubscribe update upload vacuum video visit volunteer
    vote wait wake walk wander wash watch water wave wear weave weed weigh whisper wind wipe
    withdraw workout wrap yell yoga zip
     state     fit re-rate rerate
        come return
        sleep rest communicate
        cap chop slice bring-in
    stutter stammer clench unclench praise tape refund bowl box catch chant comb crochet
    film floss gargle groom hoover hop kick laminate mend paddle pat pay photocopy polish
    punch row sell skate sketch ski sprint surf tip tweet whistle wrestle reach
    abseil advertise advise alphabetise alphabetize amble annotate announce archive
    audition babysit bag bandage banter barbecue bend birdwatch bite bleach blend blink
    blog boil braid breastfeed browse buckle burp busk camp canoe caress carpool
    chaperone chuckle clasp click collate compost confess confide contaminate
    converse cradle crawl crop crouch crumple debrief decline defrost depart
    deposit descale dice dictate dine disclose discuss disinfect dunk dye edit
    embroider enquire enrol enroll escort exfoliate extinguish facetime fasten
    fertilise fertilize fidget fist-bump flex flirt forage frown fry fundraise
    furnish gamble garnish giggle golf google gossip grate grip haggle handwash harvest
    high-five hire hoe hyperventilate illustrate imitate inject inquire inscribe insist
    install instruct invoice kayak kickbox knead launder leap lunge
    manicure marinate mash microwave mime mingle misspell moisturise moisturize mold
    mould mulch narrate negotiate notify paraphrase pedal pedicure peel picnic pinch
    plait plug poach poll preheat prep press proofread protest prune publish quilt rake
    re-enact reapply rebook recline recount redecorate redial redraft reenact refill
    refrigerate refuel reinstall repack repaint repay repost resend restock
    resubmit retell retweet rewatch rip roast rock rollerblade rollerskate rotate
    rsvp sanitise sanitize saute scatter scold scoop scour scrape scratch scream
    screenshot scribble seal serenade shampoo ship shout shovel shuffle sigh sightsee
    simmer skateboard skydive slam sled sniff snooze snorkel snowboard
    snuggle sob sow spill spin splash stargaze steam stencil sterilise sterilize stitch
    stomp stroll strum subscribe summarise summarize sunbathe supervise survey swaddle
    sway swipe tease telephone thaw tickle tilt toast tour transcribe transplant trash
    trek tug tutor twist unbox unbutton unclog uncross undress unfriend uninstall unload
    unmute untie unwrap unzip vaccinate vape varnish vlog weep whisk wiggle
    windsurf wink yawn admit express voice tear behave react design star tune
    shift direct
    """
)

#: Writing and recording: an action, but it needs a focus (what to write about).
WRITING_VERBS: Final[frozenset[str]] = _set(
    "write jot journal list log record note document track type diary chart fill complete "
    "tally tick mark freewrite free-write screenshot"
)

#: Rating and measuring: an action whose object is the focus ("rate your mood 0-10").
RATING_VERBS: Final[frozenset[str]] = _set("rate score measure grade")

#: Attending: for noticing work the action is to attend, and it needs the exact thing.
ATTENTION_VERBS: Final[frozenset[str]] = _set(
    "notice observe watch sense scan monitor attend examine"
)

#: Reading: an action when it says what to read.
READING_VERBS: Final[frozenset[str]] = _set("read reread re-read review study listen")

#: Acts that happen only in the mind: no one could see them, and no record shows them.
MENTAL_VERBS: Final[frozenset[str]] = _set(
    """
    think reflect ponder contemplate consider remember recall remind imagine visualise
    analyse analyze
    visualize picture accept forgive release process acknowledge recognise recognize
    realise realize believe trust understand know learn decide choose pick identify
    figure determine question challenge dispute reframe reassure tell-yourself meditate-on
    worry ruminate overthink dwell calm relax unwind de-stress destress settle stop quit
    quieten ignore forget let tolerate endure resist sit-with concentrate focus wonder
    brainstorm plan-out envision appreciate savour savor cherish value love like hate fear
    hope wish want need expect anticipate predict assume tolerate rethink grieve mourn
    agonise agonize blame brood catastrophise catastrophize comprehend conclude daydream
    deduce defuse despise detach detest differentiate disbelieve discern dislike dismiss
    disregard dissociate distinguish distrust dread empathise empathize envisage
    envy fantasise fantasize fixate foresee fret infer intend internalise
    internalize interpret introspect intuit judge loathe marvel
    mentalise mentalize mind-read mistrust mull muse obsess overanalyse overanalyze
    overlook perceive pity presume rationalise rationalize reappraise reassess reckon
    recollect reconsider reevaluate reinterpret relish relive repress resent
    speculate suppress suspect sympathise sympathize unhook unlearn yearn find select
    postpone
    """
)

#: Stances and attitudes toward oneself: ways of being, not things to do.
STANCE_VERBS: Final[frozenset[str]] = _set(
    """
    embrace welcome honour honor validate nurture cultivate foster treat allow permit
    respect comfort soothe befriend care prioritise prioritize lean surrender hold face
    self-soothe cherish honour
    adore affirm approve attune devalue guard idealise idealize
    normalise normalize pamper protect re-parent reclaim rely reparent revere
    safeguard shield spoil uphold uplift venerate yield bear show
    """
)

#: Verbs that only soften or frame another verb, or stand for an effort with no act
#: ("work on", "deal with"): the verb they govern, or their object, decides.
SOFT_VERBS: Final[frozenset[str]] = _set(
    """
    try aim attempt strive seek endeavour endeavor work deal cope handle manage tackle
    address focus explore engage incorporate integrate implement utilise utilize
    develop strengthen invest keep continue begin carry practise practice maintain adjust
    commit persist pursue experiment play-with build establish boost increase reduce
    enhance improve move progress push keep-up stick reconnect
    adapt advance aspire bolster broaden collaborate combat conserve consolidate
    cooperate coordinate curb deepen enable ensure expand facilitate
    maximise maximize modify navigate optimise optimize oversee persevere preserve
    prevent promote rebuild recommit reengage reestablish refine regulate reignite
    reinforce rekindle resolve revive simplify stabilise stabilize streamline sustain
    tweak help
    """
)

#: States and outcomes: what the homework should lead to, not what to do.
STATE_VERBS: Final[frozenset[str]] = _set(
    """
    be become feel get stay remain grow heal gain enjoy recover thrive flourish
    lower lessen decrease minimise minimize lose let-go own chill
    """
)

#: "work on", "deal with": soft verbs that take these particles.
SOFT_PARTICLES: Final[frozenset[str]] = _set("on with at through toward towards into up out")

# --------------------------------------------------------------------------- adjectives

#: "be calm", "be more present", "stay positive": a state, however the clause is dressed.
STATE_ADJECTIVES: Final[frozenset[str]] = _set(
    """
    present mindful patient positive gentle kind kinder nice nicer aware open honest
    grateful thankful confident assertive compassionate understanding supportive careful
    happy happier healthy healthier better relaxed calm calmer available vulnerable
    curious accepting forgiving loving caring brave braver bold proactive productive
    consistent disciplined organised organized motivated active engaged connected
    grounded centred centered balanced optimistic hopeful resilient strong stronger
    easy easier soft softer kinder warmer warm playful intentional attentive
    abstinent accountable adaptable adventurous affectionate alcohol-free alert
    ambitious appreciative approachable authentic autonomous awake bolder candid capable
    carefree chatty cheerful collaborative communicative competent conscientious
    considerate contented cooperative courteous daring decisive
    dependable deserving diligent drug-free eager easygoing effective efficient
    empathetic energetic energised energized enthusiastic excited
    faithful fearless flexible fulfilled gentler genuine
    gracious hardworking humble independent inspired interested joyful
    laid-back level-headed light-hearted lighthearted lovable loyal mellow modest
    non-judgemental non-judgmental non-reactive nonjudgemental nonjudgmental nonreactive
    observant open-minded outgoing passionate persistent polite predictable
    protective proud punctual quieter reasonable receptive refreshed
    reliable respectful responsible responsive satisfied self-assured self-aware
    self-confident self-reliant self-sufficient serene sincere
    smoke-free sober sociable spontaneous stable steadier straightforward
    sympathetic talkative tender thoughtful tolerant tough tranquil transparent
    trustworthy truthful wiser worthy
    """
)

#: "communicate better", "sleep well": adverbs that turn a verb into an outcome.
OUTCOME_ADVERBS: Final[frozenset[str]] = _set(
    """
    better worse well properly effectively healthier nicer kinder calmer happier easier
    harder stronger smoother differently appropriately calmly positively constructively
    assertively mindfully healthily openly honestly gently kindly more less fewer
    regularly consistently
    """
)

# --------------------------------------------------------------------------- objects
#
# A verb such as "do", "use", "take" or "practise" is only as concrete as its object:
# "use the tools" and "do some things" name no act; "use the timer", "practise the
# breathing exercise" do.

#: Nouns that stand where an act should be and name none.
GENERIC_NOUNS: Final[frozenset[str]] = _set(
    """
    risk risks chance chances opportunity opportunities choice choices decision decisions
    commitment commitments tradition traditions moments moment situation situations
    thing things something anything everything stuff tool tools skill skills strategy
    strategies technique techniques step steps method methods approach approaches
    activity activities action actions act acts idea ideas stuff change changes progress effort
    efforts exercise exercises practice practices habit habits routine routines it
    this that them work what whatever ways way one ones bit lot lots
    """
)

#: Nouns that name an area of life or an inner state, not something to do or make.
ABSTRACT_NOUNS: Final[frozenset[str]] = _set(
    """
    self-care selfcare care mindfulness boundaries boundary communication self-esteem
    esteem confidence gratitude acceptance patience assertiveness relaxation coping
    feelings emotions fears fear grief anger stress anxiety past positivity balance
    wellbeing well-being wellness healing growth peace time space me-time self-compassion
    compassion kindness self-love love health mood moods energy motivation discipline
    priority priorities goals goal value values respect purpose meaning connection intimacy trust
    resilience vulnerability presence awareness attention focus sleep hygiene
    sleep-hygiene self-worth worth identity discomfort pain sadness loss hope joy fun
    happiness nature outdoors life lifestyle relationship relationships issues issue
    problems problem triggers trigger thoughts thinking mindset attitude perspective
    comfort-zone zone rest pattern patterns rhythm balance direction version thought
    thoughts belief beliefs image images story stories load
    willingness agenda courage curiosity gentleness warmth uncertainty lead empathy
    support validation encouragement affection tips ideas resources dos don'ts
    accomplishment accountability achievement adaptability admiration ambition apathy
    aspiration aspirations attachment authenticity autonomy belonging bitterness bonding
    boredom burnout calmness childhood clarity closeness closure collaboration
    companionship competence composure concentration confusion consistency contempt
    contentment cooperation creativity culture decision-making dedication defensiveness
    depression determination dignity disappointment disconnection distress-tolerance
    doubt doubts ease efficiency emotion-regulation emptiness enjoyment
    equanimity exhaustion failure faith fatigue fitness flexibility fondness
    forgiveness freedom friendship friendships fulfillment fulfilment generosity grit
    harmony honesty hopelessness humility humor humour hydration independence
    insecurity insight integrity intention intentions interests isolation judgement
    judgment knowledge laughter legacy leisure loyalty mastery mentality moderation
    morale negativity nervousness numbness nutrition openness optimism outlook overwhelm
    ownership parenting partnership passion passions perfectionism perseverance
    persistence pessimism playfulness pleasure pride principles
    procrastination productivity reconciliation recovery recreation relief resentment
    responsibility retirement romance safety satisfaction security self-acceptance
    self-awareness self-belief self-concept self-confidence self-control self-criticism
    self-development self-discipline self-doubt self-efficacy self-expression
    self-forgiveness self-image self-improvement self-kindness self-reflection
    self-regulation self-respect self-trust serenity solitude spirituality spontaneity
    stability stillness success sympathy teamwork tenderness thankfulness
    time-management togetherness tolerance tranquility tranquillity transparency
    vitality willpower wisdom worthlessness
    """
)

#: Objects a stance verb takes when it is about oneself: "treat yourself", "give
#: yourself permission".
SELF_WORDS: Final[frozenset[str]] = _set(
    "yourself myself himself herself themselves ourselves oneself self"
)

#: Things a person can be given that are not objects: "give yourself time".
NOT_GIVEN: Final[frozenset[str]] = _set(
    "time space permission grace credit break chance room attention love kindness compassion"
)

#: Products and instruments: writing, making or filling one is a concrete act, and one of
#: them is a count of one.
PRODUCTS: Final[frozenset[str]] = _set(
    """
    letter letters card cards list lists log logs diary diaries journal-entry entry track tracks
    entries record records worksheet worksheets form forms sheet sheets chart charts
    note notes playlist playlists box boxes collage collages poem poems story stories
    script scripts statement statements plan plans timeline timelines map maps
    hierarchy ladder ladders recording recordings video videos photo photos picture
    pictures drawing drawings painting paintings email emails message messages text texts
    call calls phone-call appointment appointments reminder reminders alarm alarms timer
    timers post-it post-its sticky-note sticky-notes flashcard flashcards coping-card
    coping-cards scrapbook album journal worksheet menu budget schedule calendar
    inventory page pages chapter chapters essay summary paragraph sentence sentences
    ws wksht wkst jnl jrnl tracker trackers tally tallies logbook grid grids eulogy eulogies
    obituary questionnaire questionnaires checklist checklists handout phq phq9 gad gad7 pcl pcl5
    epds dass
    film films movie movies episode episodes programme programmes documentary
    documentaries sitcom sitcoms clip clips song songs
    line lines word words column columns table row rows cv resume application
    impact-statement account narrative
    app apps articles audiobook audiobooks autobiographies
    autobiography bill bills binder binders biscuit biscuits blog blogs booklet booklets
    books bracelet bracelets bread brochure brochures bucket-list bucket-lists cake
    cakes canvas cartoon cartoons casserole casseroles certificate certificates cheque
    cheques chore-chart chore-charts comic comics cookie cookies
    coupon coupons coursework cover-letter cover-letters crossword crosswords cue-card
    cue-cards curries curry decoration decorations diagram diagrams dish dishes
    dissertation dissertations doodles drafts ecomap ecomaps envelope envelopes excerpt
    excerpts family-tree family-trees flowchart flowcharts flyer flyers folder folders
    food-diaries food-diary genogram genograms graph graphs gratitude-jar
    gratitude-jars grocery-list grocery-lists haiku haikus index-card index-cards
    invitation invitations invoice invoices itineraries itinerary jar jars jigsaw
    jigsaws keepsake keepsakes labels leaflet leaflets loaf loaves lunchbox lunchboxes
    lyric lyrics mandala mandalas meal-plan meal-plans memento mementos
    memo memoir memoirs memory-box memory-boxes memos mind-map mind-maps mindmap
    mindmaps montage montages mood-board mood-boards mood-diaries mood-diary moodboard
    moodboards mosaic mosaics muffin muffins notebook notebooks notecard notecards
    notepad notepads omelet omelets omelette omelettes origami
    packed-lunch packed-lunches pamphlet pamphlets pancake pancakes parcel
    parcels pedometer pedometers photo-album photo-albums photobook photobooks
    photocopies photographs pie pies pizza pizzas planner planners podcast podcasts
    porridge portfolio portfolios portrait portraits postcard postcards poster posters
    posts pottery prescription prescriptions presentations printout printouts proposal
    proposals puzzle puzzles quilt quilts quiz quizzes quote quotes receipt receipts
    recipe recipes referral referrals report reports reward-chart reward-charts roster
    rosters rota rotas route routes salad salads sandwich sandwiches scarf scarves
    scorecard scorecards screenshot screenshots sculpture sculptures self-portrait
    self-portraits selfie selfies shopping-list shopping-lists sketches sleep-diaries
    sleep-diary slide slides slideshow slideshows smoothie smoothies
    soup soups speech speeches spreadsheet spreadsheets star-chart star-charts sticker
    stickers stopwatch stopwatches storyboard storyboards sudoku sudokus survey surveys
    textbook textbooks thesis thought-diaries thought-diary ticket tickets time-capsule
    time-capsules timetable timetables to-do to-do-list to-do-lists to-dos transcript
    transcripts tribute tributes tweets verse verses vision-board vision-boards vlog
    vlogs voice-memo voice-memos voice-note voice-notes voicemail voicemails voucher
    vouchers website websites whiteboard whiteboards wishlist wishlists workbooks wreath
    wreaths zine zines
    """
)

#: Named clinical procedures and exercises: "three trials", "the body scan", "PMR".
PROCEDURES: Final[frozenset[str]] = _set(
    """
    trial trials exposure exposures erp rehearsal rehearsals role-play roleplay
    experiment experiments scan body-scan pmr tipp breathing box-breathing meditation
    meditations walk walks run runs jog swim ride drive visit visits meeting session
    sessions class classes conversation conversations date dates check-in check-ins
    thought-record thought-records tr trs abc abcs dbt dear give fast stop please
    accepts mindfulness-exercise grounding pause pauses timeout time-out hold
    stretch stretches yoga workout workouts chore chores errand errands task tasks
    meal meals snack snacks shower showers bath baths practice-session repair repairs
    appreciation appreciations compliment compliments bid bids hug hugs kiss kisses
    dinner lunch breakfast coffee phone-call worry-time worry-period
    diary-card card
    """
)

#: Places: "be at the gym", "go to the store".
PLACES: Final[frozenset[str]] = _set(
    """
    bed
    gym store shop supermarket park church temple mosque synagogue library cafe café
    office class school work grave cemetery beach pool bank doctor dentist clinic
    pharmacy market mall restaurant bar party meeting home house kitchen bedroom garden
    yard porch balcony station bus train car
    airport allotment apartment attic backyard bakery barber basement bathroom bookshop
    bookstore bus-stop cafeteria campsite campus canal canteen car-park carpark
    cathedral chapel chemist cinema classroom coffee-shop college couch countryside
    crematorium daycare deli diner dining-room doorstep doorway dorm driveway
    drugstore elevator escalator farm ferry florist footpath forest gallery garage gp
    graveyard grocery gurdwara hairdresser hall hallway hill jobcentre
    kindergarten lake launderette laundromat lawn leisure-centre living-room loft lounge
    metro mountain museum neighborhood neighbourhood newsagent nightclub nursery
    optician parking-lot patio plane playground pond post-office preschool pub restroom
    rink river salon seaside shed sofa spa stadium stairs studio subway taxi theater
    theatre toilet trail tram tunnel venue vet village woods zoo
    """
)

# --------------------------------------------------------------------------- occasions
#
# A bounded occasion is a cue, a time, a count or a dose. "Some", "a few" and "a little"
# are not counts; a number about research, a goal or a ratio is not a dose; "until it
# feels easy" is an outcome, not an end.

NUMBER_WORDS: Final[dict[str, int]] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "ninety": 90,
    "hundred": 100,
    "dozen": 12,
}

#: Words for an amount that is not a number: never a count.
VAGUE_AMOUNTS: Final[frozenset[str]] = _set(
    "some few little bit several couple many lots lot more plenty any enough various"
)

#: Once, twice: counts by themselves.
COUNT_ADVERBS: Final[dict[str, int]] = {"once": 1, "twice": 2, "thrice": 3}

#: Units of duration: a number of them is a dose.
TIME_UNITS: Final[frozenset[str]] = _set(
    """
    second seconds sec secs minute minutes min mins hour hours hr hrs h
    """
)

#: Units of an activity: a number of them is a dose ("ten breaths", "two pages").
ACTIVITY_UNITS: Final[frozenset[str]] = _set(
    """
    breath breaths page pages round rounds rep reps set sets lap laps repetition
    repetitions cycle cycles song songs block blocks mile miles km kilometre kilometres
    kilometer kilometers stop stops floor floors flight flights
    """
)

#: Countable occasions and products: "three times", "two evenings", "one letter".
#: Any noun can be counted; these are nouns that are never a research or goal figure.
PERIOD_NOUNS: Final[frozenset[str]] = _set(
    "day days night nights evening evenings morning mornings afternoon afternoons week weeks "
    "weeknight weeknights"
)

WEEKDAYS: Final[frozenset[str]] = _set(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur
    thurs weds fri sat sun mondays tuesdays wednesdays thursdays fridays saturdays sundays
    weekday weekdays weekend weekends
    """
)
MONTHS: Final[frozenset[str]] = _set(
    """
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """
)

#: Words that are a time by themselves.
TIME_WORDS: Final[frozenset[str]] = _set("today tonight tomorrow noon midnight bedtime lunchtime")

#: Parts of the day: a time when pinned ("this evening", "on Sunday morning"), a
#: frequency when repeated ("every evening").
PARTS_OF_DAY: Final[frozenset[str]] = _set(
    """
    morning mornings evening evenings night nights afternoon afternoons lunch breakfast
    dinner supper bedtime lunchtime
    """
)

#: "before our next session", "by next appointment".
SESSION_WORDS: Final[frozenset[str]] = _set(
    "session sessions appointment appointments visit meeting sess appt grp group f-u follow-up"
)

#: Cue words: a cue when an event follows ("when your chest tightens").
CUE_WORDS: Final[frozenset[str]] = _set("when whenever after before during while if as upon once")

#: What follows a cue word when it bounds nothing: "when you can", "if possible".
UNBOUNDED_CUE_WORDS: Final[frozenset[str]] = _set(
    """
    can possible needed necessary appropriate convenient ready able want wanted like
    feel-like desired helpful useful free remember remembers need needs
    """
)

#: Frequencies: repetition with no count and no end ("daily", "every day").
FREQUENCY_WORDS: Final[frozenset[str]] = _set(
    """
    daily nightly weekly regularly often always usually constantly consistently
    frequently routinely habitually continually everyday day-to-day
    """
)

#: Words that mark a sentence as describing research, not asking for anything.
RESEARCH_WORDS: Final[frozenset[str]] = _set(
    """
    studies study research researchers findings literature meta-analysis scientists
    evidence-based randomised randomized guidelines guideline
    """
)
#: "evidence shows", "shown to": research when these follow one another.
RESEARCH_PAIRS: Final[frozenset[tuple[str, str]]] = frozenset(
    (
        ("evidence", "shows"),
        ("evidence", "suggests"),
        ("shown", "to"),
        ("proven", "to"),
        ("linked", "to"),
        ("associated", "with"),
        ("data", "show"),
    )
)

#: Words that mark a number as a goal or a target, not a dose.
GOAL_WORDS: Final[frozenset[str]] = _set(
    "aim goal goals target targets ratio aiming strive average"
)

#: Words after "until" that name a time or the next session, rather than an outcome.
UNTIL_TIMES: Final[frozenset[str]] = _set(
    "next our the we you session appointment then friday monday tuesday wednesday "
    "thursday saturday sunday weekend tomorrow tonight bedtime"
)

# --------------------------------------------------------------------------- fillers

#: Words that carry no instruction before the verb: "then", "please", "I will".
FILLERS: Final[frozenset[str]] = _set(
    """
    then and or but also please just maybe perhaps simply gently first finally now so
    again instead really kindly possibly ideally basically hopefully i you we they he
    she pt pts patient patients client clients clt member members couple partners family
    both each together will would could should can might may must shall i'll you'll
    we'll they'll he'll she'll let's lets to really optional homework hw task assignment
    assignments exercise tasks plan goal this week's weeks week s next asap ok okay yes
    """
)

#: Words that introduce what someone wants done: "I want you to", "she asked me to".
WANTING: Final[frozenset[str]] = _set(
    """
    meant supposed invite encourage suggest recommend ask urge
    want wants wanted need needs needed have has had asked asks told tells suggested
    suggests recommended recommends encouraged encourages agreed agrees agree decided
    decides committed commits plan plans planned going supposed expected invited
    invites challenged challenges assigned assigns gave gives like love prefer
    """
)

#: Negations: "don't check", "do not ask": the verb after them still decides.
NEGATIONS: Final[frozenset[str]] = _set("don't dont never not no without avoid")

#: Words that begin a noun phrase: a clause that begins with one has no verb.
DETERMINERS: Final[frozenset[str]] = _set(
    """
    the a an this that these those my your our their his her its each every any some
    all no what which whose another other one two three four five six seven eight nine
    ten
    """
)

#: Words that cannot be a verb at the head of a clause.
NOT_VERBS: Final[frozenset[str]] = _set(
    """
    the a an this that these those my your our their his her its each every any some
    all no what which who whose where how why whatever whoever it they he she them him
    me us on in at by for with from of over under into onto about around through
    without within than as like because since though although unless there here yes it's
    that's there's i'm you're between among across against along behind beside beyond
    toward towards upon via per throughout despite except even always still only mostly
    actually definitely honestly especially usually sometimes often
    """
)


# --------------------------------------------------------------------------- verb frames

#: Verbs that only soften the verb after them: "try to call", "aim to walk".
SOFTENERS: Final[frozenset[str]] = _set(
    "try tries trying aim aims aiming attempt attempts strive endeavour endeavor seek"
)

#: Verbs that start or continue the verb after them: "start writing", "keep logging".
STARTERS: Final[frozenset[str]] = _set(
    "start starts begin begins keep keeps continue continues carry practise practice "
    "practises practices"
)

#: Verbs whose own meaning is an action: "look at the photo", "use the timer", "check the
#: locks". They are listed here, not with the actions, because their object decides.
OBJECT_VERBS: Final[frozenset[str]] = _set("use look check see listen plan change move work")

#: Soft verbs that become actions with a concrete object ("practise the breathing
#: exercise", "keep a log"), never with a general one ("practise self-care").
RESCUED_BY_OBJECT: Final[frozenset[str]] = _set(
    "practise practice keep continue work carry use try explore experiment build maintain "
    "look check see find plan change move manage attempt tackle"
)

#: Action verbs that are only as concrete as their object: "do some things", "take a
#: small step", "use the tools".
NEEDS_OBJECT: Final[frozenset[str]] = _set(
    "do use have take make give get spend plan schedule pick start follow set put bring add "
    "try change move build create act complete finish fill choose select go help apply "
    "implement utilise utilize"
)

#: Of those, the ones that say nothing at all without an object ("do", "make").
NEEDS_OBJECT_STRICT: Final[frozenset[str]] = _set(
    "do use have make give get spend take set put bring go"
)

#: Particles that may stand between a verb and its object ("put away the phone").
PARTICLES: Final[frozenset[str]] = _set(
    "up out in on through over off back down around aside together away"
)

#: The people who set homework, as clients and notes name them ("my therapist", "the
#: physio", "my pdoc"): a client's account names one, a clinician's note rarely does.
CLINICIANS: Final[frozenset[str]] = _set(
    """
    therapist counsellor counselor psychologist psychiatrist psychotherapist psych pdoc
    doctor dr gp coach sponsor worker clinician nurse ot facilitator dietitian dietician
    physio physiotherapist mediator
    """
)

#: Phrasal verbs whose meaning is not the sum of their words, with what they are and
#: what they need: ``"object"`` (an action with a concrete object, else the kind given)
#: or ``"focus"`` (attention that needs an exact thing).
PHRASAL: Final[dict[tuple[str, str], tuple[str, str]]] = {
    ("work", "on"): ("soft", "object"),
    ("work", "through"): ("soft", "object"),
    ("work", "at"): ("soft", ""),
    ("work", "towards"): ("soft", ""),
    ("work", "toward"): ("soft", ""),
    ("build", "towards"): ("soft", ""),
    ("build", "toward"): ("soft", ""),
    ("deal", "with"): ("soft", ""),
    ("cope", "with"): ("soft", ""),
    ("focus", "on"): ("mental", ""),
    ("look", "after"): ("stance", ""),
    ("look", "for"): ("mental", ""),
    ("look", "out"): ("soft", ""),
    ("look", "at"): ("mental", "object"),
    ("look", "through"): ("soft", "object"),
    ("look", "back"): ("mental", ""),
    ("look", "into"): ("soft", ""),
    ("check", "in"): ("attention", "focus"),
    ("check", "on"): ("soft", "object"),
    ("sit", "with"): ("stance", ""),
    ("lean", "into"): ("stance", ""),
    ("lean", "in"): ("stance", ""),
    ("tune", "into"): ("attention", "focus"),
    ("tune", "in"): ("attention", "focus"),
    ("let", "go"): ("mental", ""),
    ("let", "yourself"): ("stance", ""),
    ("let", "it"): ("mental", ""),
    ("let", "them"): ("mental", ""),
    ("let", "whatever"): ("mental", ""),
    ("let", "the"): ("mental", ""),
    ("let", "your"): ("mental", ""),
    ("come", "up"): ("mental", ""),
    ("take", "care"): ("stance", ""),
    ("take", "time"): ("generic", ""),
    ("take", "steps"): ("generic", ""),
    ("take", "notice"): ("attention", "focus"),
    ("make", "time"): ("generic", ""),
    ("make", "space"): ("stance", ""),
    ("make", "room"): ("stance", ""),
    ("make", "peace"): ("mental", ""),
    ("make", "progress"): ("generic", ""),
    ("make", "changes"): ("generic", ""),
    ("get", "up"): ("action", ""),
    ("get", "down"): ("action", ""),
    ("get", "out"): ("action", ""),
    ("get", "into"): ("action", ""),
    ("get", "back"): ("generic", "object"),
    ("get", "to"): ("generic", "object"),
    ("get", "moving"): ("generic", ""),
    ("get", "outside"): ("action", ""),
    ("get", "dressed"): ("action", ""),
    ("go", "to"): ("generic", "object"),
    ("go", "for"): ("generic", "object"),
    ("go", "easy"): ("stance", ""),
    ("go", "through"): ("generic", "object"),
    ("go", "over"): ("generic", "object"),
    ("go", "back"): ("action", ""),
    ("go", "out"): ("action", ""),
    ("go", "outside"): ("action", ""),
    ("give", "in"): ("mental", ""),
    ("give", "up"): ("mental", ""),
    ("hold", "off"): ("action", ""),
    ("hold", "space"): ("stance", ""),
    ("hold", "onto"): ("mental", ""),
    ("cut", "down"): ("outcome", ""),
    ("cut", "back"): ("outcome", ""),
    ("step", "back"): ("mental", ""),
    ("step", "away"): ("action", ""),
    ("set", "aside"): ("generic", "object"),
    ("put", "together"): ("generic", "object"),
    ("put", "away"): ("generic", "object"),
    ("move", "forward"): ("soft", ""),
    ("move", "towards"): ("soft", ""),
    ("move", "toward"): ("soft", ""),
    ("move", "on"): ("soft", ""),
    ("move", "through"): ("soft", ""),
    ("move", "between"): ("soft", ""),
    ("move", "back"): ("soft", ""),
    ("move", "away"): ("soft", ""),
    ("turn", "towards"): ("soft", ""),
    ("turn", "toward"): ("soft", ""),
    ("turn", "to"): ("soft", "object"),
    ("turn", "your"): ("mental", ""),
    ("turn", "the"): ("mental", ""),
    ("weigh", "up"): ("mental", ""),
    ("step", "into"): ("stance", ""),
    ("step", "out"): ("action", ""),
    ("carry", "on"): ("soft", ""),
    ("make", "friends"): ("stance", ""),
    ("come", "back"): ("soft", ""),
    ("come", "to"): ("soft", ""),
    ("return", "to"): ("soft", "object"),
    ("follow", "on"): ("generic", ""),
    ("follow", "through"): ("soft", ""),
    ("find", "out"): ("mental", ""),
    ("figure", "out"): ("mental", ""),
    ("open", "up"): ("stance", ""),
    ("show", "up"): ("action", ""),
    ("speak", "up"): ("action", ""),
    ("reach", "out"): ("action", ""),
    ("catch", "yourself"): ("attention", "focus"),
    ("keep", "going"): ("soft", ""),
    ("keep", "it"): ("soft", ""),
    ("keep", "things"): ("soft", ""),
    ("keep", "up"): ("soft", "object"),
    ("stick", "to"): ("soft", ""),
    ("stick", "with"): ("soft", ""),
    ("bring", "up"): ("action", "object"),
    ("pick", "up"): ("action", "object"),
    ("listen", "to"): ("reading", "object"),
    ("think", "through"): ("mental", ""),
    ("wind", "down"): ("generic", ""),
    ("slow", "down"): ("mental", ""),
    ("calm", "down"): ("mental", ""),
    ("chill", "out"): ("mental", ""),
    ("switch", "off"): ("generic", "object"),
    ("turn", "off"): ("generic", "object"),
}

#: Names of skills and tools: "practise your grounding", "use your skills" name a kind of
#: help, not an act.
SKILL_NOUNS: Final[frozenset[str]] = _set(
    "thing skill skills tool tools grounding coping technique techniques strategy strategies "
    "exercises breathing mindfulness"
)

#: Finite verb forms that make a clause a statement, not a note or an instruction.
FINITE: Final[frozenset[str]] = _set(
    """
    tends seems helps means takes makes gets feels becomes needs matters works starts
    begins happens comes goes shows tells gives runs lets looks sounds keeps brings turns
    stays holds says knows thinks wants does isn't don't doesn't won't can't didn't

    is are was were isn't aren't wasn't weren't can can't cannot will won't would wouldn't
    should shouldn't could couldn't may might must does doesn't did didn't has have had
    hasn't haven't tends seems helps means takes makes gets feels becomes needs matters
    works starts begins happens comes goes shows tells
    """
)

#: Events that make a cue with "each", "every", "after": "after each meal".
EVENT_NOUNS: Final[frozenset[str]] = _set(
    """
    meal meals attack attacks episode episodes urge urges argument arguments fight fights
    panic session sessions ritual rituals instance instances conversation conversations
    call calls visit visits spike spikes binge binges purge purges drink drinks trigger
    triggers craving cravings nightmare nightmares flashback flashbacks compulsion
    compulsions outburst outbursts row rows disagreement disagreements handover handovers
    shift shifts exposure exposures occurrence incident incidents bid bids disturbance
    disturbances activity activities trial trials workout workouts walk walks contact
    meeting meetings
    appraisal appraisals awakening awakenings bathtime bout bouts breaks celebration
    celebrations ceremonies ceremony check-up check-ups checkup checkups coffee-break
    coffee-breaks commutes concert concerts conference conferences conflicts
    confrontation confrontations consultation consultations deadline deadlines
    dinnertime drives drop-off drop-offs dropoff dropoffs exams funerals game games
    gathering gatherings get-together get-togethers gig gigs headache headaches impulses
    interruption interruptions interviews intrusion intrusions journey journeys lapse
    lapses lecture lectures lesson lessons lunch-break lunch-breaks lunchbreak
    lunchbreaks match matches mealtime meltdown meltdowns migraine migraines mistake
    mistakes naps naptime notification notifications obsession obsessions one-on-one
    one-on-ones outing outings palpitation palpitations pang pangs parties performance
    performances pick-up pick-ups pickup pickups playdate playdates playtime prayer
    prayers presentations quarrel quarrels recess recital recitals rejection rejections
    relapse relapses reunion reunions rides school-run school-runs seminar seminars
    setback setbacks shutdown shutdowns sleepover sleepovers slip slips storytime
    sunrise sunrises sunset sunsets surge surges tantrum tantrums teatime temptation
    temptations test tests training transition transitions trip trips tutorial tutorials
    vacation vacations video-call video-calls visitation visitations wake-up wake-ups
    wakeup wakeups waves webinar webinars workshop workshops
    """
)

#: Day abbreviations that are also words ("sat", "sun"): a day only after these.
AMBIGUOUS_DAYS: Final[frozenset[str]] = _set("sat sun wed mon")
DAY_LEADS: Final[frozenset[str]] = _set(
    "on by before until till next this from every each after due"
)

#: Periods counted in "for five days", "over the next two weeks".
SPAN_UNITS: Final[frozenset[str]] = _set(
    "days weeks nights mornings evenings week day night fortnight wks wk month months"
)

#: Names of rating scales: a record with a scale.
SCALE_WORDS: Final[frozenset[str]] = _set("suds sud subjective sds vas score scores rating ratings")


#: What makes a noticing task exact: the body and its sensations, a particular thought,
#: urge or act, what happened, when and where, how strong. "Notice the pull", "notice
#: what stirs" and "notice the moments when connection is possible" name none of these.
EXACT_FOCUS: Final[frozenset[str]] = _set(
    """
    body bodies bodily chest breath breaths breathing heart heartbeat pulse stomach belly
    tummy gut shoulders shoulder jaw throat neck face hands hand feet foot legs arms
    muscles muscle head back tension tense tight tightness sensation sensations
    temperature sweat sweating shaking dizziness nausea pain ache urge urges craving
    cravings impulse thought thoughts first exact just before after time times place where
    who many often long strong strongly intense anxious angry sad worried rating number
    score sound sounds taste smell feel colour color texture weight safer trigger triggers
    triggered physically symptoms symptom heat warmth cold
    """
)

#: Verbs of making: writing or making one product with its detail is a count of one.
MAKING_VERBS: Final[frozenset[str]] = _set(
    """
    write make create draft draw paint build fill complete send post record compose
    prepare bake cook book put design assemble sketch type print finish jot
    hang plant buy order frame bury donate deliver sign install dictate
    """
)


# --------------------------------------------------------------------------- topics and names

#: Words that say what a text is about, for matching a catalogue template to it.
TOPICS: Final[dict[str, str]] = {
    **dict.fromkeys(
        (
            "communicate communication talk talking conversation conversations listen argue "
            "arguing argument arguments fight fighting conflict defensive criticism complain "
            "complaint"
        ).split(),
        "communication",
    ),
    **dict.fromkeys(
        (
            "overthinking overthink worry worrying worries ruminate ruminating rumination "
            "spiral spiralling what-if catastrophizing"
        ).split(),
        "worry",
    ),
    **dict.fromkeys(
        (
            "calm relax relaxed anger angry rage temper revving stress stressed tense panic "
            "overwhelmed reactive react reacting"
        ).split(),
        "calm",
    ),
    **dict.fromkeys(
        (
            "journal journaling diary write writing thoughts thought negative beliefs belief "
            "self-talk"
        ).split(),
        "thoughts",
    ),
    **dict.fromkeys(
        (
            "exercise exercising walk walking move moving active activity gym sleep tired "
            "energy bed"
        ).split(),
        "activity",
    ),
    **dict.fromkeys(
        "grief grieve grieving loss lost died death mourning past memories".split(),
        "grief",
    ),
    **dict.fromkeys(
        ("friends friend lonely loneliness isolated social socialize people connect").split(),
        "connection",
    ),
    **dict.fromkeys(
        ("assertive assertiveness boundaries boundary people-pleasing pleasing").split(),
        "boundaries",
    ),
    **dict.fromkeys(
        (
            "self-esteem esteem confidence positive kinder nicer strengths values value "
            "self-care self-compassion compassion worth"
        ).split(),
        "self-worth",
    ),
    **dict.fromkeys(
        (
            "mindful mindfulness present feelings feeling emotions emotion accept notice body "
            "sensations"
        ).split(),
        "feelings",
    ),
    **dict.fromkeys("fear fears afraid avoid avoiding avoidance scared face".split(), "fear"),
    **dict.fromkeys("read reading book workbook chapter article".split(), "reading"),
    **dict.fromkeys("reassurance reassure checking".split(), "reassurance"),
}


#: People a text may name; a rewrite may only name the ones the text names.
PEOPLE: Final[frozenset[str]] = _set(
    """
    partner partners spouse husband wife boyfriend girlfriend fiance fiancee mum mom mother
    dad father parent parents son daughter child children kid kids baby brother sister
    sibling siblings grandmother grandfather grandma grandpa gran nan grandad friend friends
    boss manager colleague colleagues coworker roommate flatmate neighbour neighbor teacher
    doctor family aunt uncle cousin ex
    """
)

#: The body: a rewrite names a part or a sensation only where the text does.
BODY: Final[frozenset[str]] = _set(
    """
    body chest throat heart stomach belly gut shoulders shoulder jaw neck hands hand feet
    legs arms muscles head breath breathing pulse tension sensation sensations tight
    tightens tightening
    """
)

#: Situations and events a rewrite could invent: kept to the text's own.
SITUATIONS: Final[frozenset[str]] = _set(
    """
    meeting work job lunch dinner breakfast party argument arguments fight conversation
    disagreement complaint criticism queue bus train car drive commute school class shop
    store funeral grave spiral shame panic attack presentation interview date exam phone
    text message email call gym walk run meal belief beliefs demand demands
    """
)


#: Feelings a rewrite could presume: kept to the ones the text names.
FEELINGS: Final[frozenset[str]] = _set(
    """
    anxiety anxious anger angry shame ashamed sad sadness fear afraid scared panic guilt
    guilty jealousy jealous lonely loneliness hurt upset stress stressed tension tense
    distress frustration frustrated irritation irritated grief despair embarrassment
    embarrassed
    """
)


#: Days that are a time when named: "on his birthday", "on the anniversary".
SPECIAL_DAYS: Final[frozenset[str]] = _set(
    """
    birthday birthdays anniversary anniversaries christmas easter eid diwali hanukkah
    thanksgiving holiday payday graduation wedding funeral due-date new-year
    mother's father's mothering bank
    """
)


#: Verbs that report an instruction: "she asked me to call", "we agreed I'd go".
REPORTING: Final[frozenset[str]] = _set(
    """
    asked asks told tells wants wanted suggested suggests recommended recommends agreed
    agree agrees decided committed encouraged encourages challenged assigned expects
    expected said says invited
    """
)
