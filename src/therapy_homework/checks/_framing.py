"""The framing reader: how homework and notes about it are framed.

Two ideas from the clinical brief, each read as families of wording rather than as a list
of sentences:

- **A test that can be failed** (homework): an absolute demand with no room to miss; a
  standard of performance; missing or doing part of it declared a failure, void, wasted
  or a reason to start again; the homework as proof of the client; consequences or being
  shown up for missing it. A plain frequency ("every evening") is not a test.
- **Blame** (notes about homework): missed or partial homework put down to the client's
  character, will, effort, motives or honesty, rather than to what happened: judging
  labels, claims about will, doubt about the client's account, sarcasm and scare quotes
  around their reasons, exhortations about character, writing the client off.

The client's own words (quoted, or a thought to write down: "notice thoughts like ...")
are material to work with, never the note's framing; a rating scale to 100 % is a scale.

Texts are read once into words with their places (:class:`Passage`); every family is a
regular expression over the words of one sentence joined by single spaces, so a match maps
back to the words, and from them to the span in the text.
"""

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Final

from . import _lexicon as lx
from ._reader import words, words_with_spans

__all__ = ["Passage", "blame_span", "test_span"]


_SENTENCE_END: Final = re.compile(r"[.!?;\n]")

#: A quotation: the client's own words ("called herself 'idle'"), not the note's.
QUOTED: Final = re.compile(
    r"(?:^|(?<=[\s(\[:,]))(?!'(?:cause|cos|coz|til|em|n|bout|round)\b)['\u2018\"\u201c]"
    r"(?:[^'\u2019\"\u201d\n]|['\u2019](?=\w)){1,120}"  # an apostrophe inside a word stays
    r"['\u2019\"\u201d](?=[\s.,;:!?)\-\u2013\u2014]|$)"
)
#: A rating range ("0-100%", "0 to 100 %"): a scale to rate on, not a demand.
_RATING_RANGE: Final = re.compile(r"\b0\s*(?:-|\u2013|to)\s*100\s*%")


class _Sentence:
    """The words of one sentence joined by single spaces, with each word's place; and
    :attr:`whole`, its words with the quoted ones too."""

    __slots__ = ("joined", "spans", "starts", "whole")

    def __init__(self, tokens: list[str], spans: list[tuple[int, int]], whole: str) -> None:
        self.whole = whole
        tokens = [t.replace("%", " percent") for t in tokens]  # "100%" as "100 percent"
        self.joined = " ".join(tokens)
        self.spans = spans
        starts = []
        at = 0
        for token in tokens:
            starts.append(at)
            at += len(token) + 1
        self.starts = starts

    def span_of(self, start: int, end: int) -> tuple[int, int]:
        """The span in the text of the words from ``start`` to ``end`` in :attr:`joined`."""
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, max(start, end - 1)) - 1
        return self.spans[first][0], self.spans[last][1]


class Passage:
    """A text read once for framing: its sentences, with and without quoted words."""

    __slots__ = ("quotes", "sentences", "text", "whole")

    def __init__(self, text: str) -> None:
        self.text = text
        #: Where the quotations are (the client's own words).
        self.quotes = [m.span() for m in QUOTED.finditer(text)] if _has_quote(text) else []
        if "%" in text:  # "0-100%" is a scale: read it as "0 to 100"
            text = _RATING_RANGE.sub(lambda m: m.group().replace("%", " "), text)
        tokens, spans = words_with_spans(text)
        self.sentences = list(_split(text, tokens, spans, self.quotes))
        #: All the words, quoted ones too.
        self.whole = " ".join(tokens)


def _has_quote(text: str) -> bool:
    return "'" in text or '"' in text or "\u2018" in text or "\u201c" in text


def _split(
    text: str,
    tokens: list[str],
    spans: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
) -> Iterator[_Sentence]:
    """The sentences of the text in its own words (quoted words left out)."""
    kept: list[str] = []
    places: list[tuple[int, int]] = []
    every: list[str] = []
    previous_end = 0
    quote = 0  # the first quotation that does not end before this word (both in order)
    for token, span in zip(tokens, spans, strict=True):
        if every and _SENTENCE_END.search(text, previous_end, span[0]) is not None:
            yield _Sentence(kept, places, " ".join(every))
            kept, places, every = [], [], []
        previous_end = span[1]
        every.append(token)
        while quote < len(quotes) and quotes[quote][1] <= span[0]:
            quote += 1
        if quote < len(quotes) and quotes[quote][0] <= span[0]:
            continue
        kept.append(token)
        places.append(span)
    if every:
        yield _Sentence(kept, places, " ".join(every))


def _before(joined: str, start: int) -> str:
    """The words just before ``start``: what decides whether a match is taken back or
    someone else's (a bounded window, so a long sentence costs no more per match)."""
    return joined[max(0, start - 80) : start]


def _words(alternatives: str) -> re.Pattern[str]:
    """A family of wording: whole words, over words joined by single spaces. The
    alternatives may run over several lines; a line ending in ``\\s`` goes on after a space."""
    return re.compile(r"\b(?:" + re.sub(r"\s*\n\s*", "", alternatives) + r")\b")


def _phrases(phrases: list[str]) -> re.Pattern[str]:
    """Fixed phrases, as whole words over words joined by single spaces."""
    return re.compile(r"\b(?:" + "|".join(re.escape(" ".join(words(p))) for p in phrases) + r")\b")


#: Fixed wording of a test that can be failed.
_TEST_WORDING: Final = _phrases(
    [
        "don't mess this up",
        "do not mess this up",
        "don't mess it up",
        "don't screw",
        "don't fail",
        "do not fail",
        "never miss",
        "never skip",
        "pass or fail",
        "must not miss",
        "without missing",
        "means you've failed",
        "means you have failed",
        "means you failed",
        "then you've failed",
        "you'll have failed",
        "you will have failed",
        "start again from",
        "is wasted",
        "be wasted",
        "not allowed to skip",
        "not allowed to miss",
        "skipping is",
        "missing is",
        "not acceptable",
        "no blanks",
        "no gaps",
        "no slip ups",
        "any deviation",
        "all the questions right",
        "get them all right",
        "get everything right",
        "don't come back until",
        "do not come back until",
        "or we'll",
        "or we will",
        "rethink therapy",
        "show me you're serious",
    ]
)
#: Families of test wording, each naming the clinical idea.
_TEST_IDIOMS: Final = re.compile(
    r"\b(?:"
    # missing means starting over, or makes the whole effort worthless
    r"restart (?:the )?(?:programme|program|week|whole|count|log|hierarchy|course)"
    r"|start over|(?:start|begin) (?:again )?from (?:the beginning|scratch|day one|zero)"
    r"|back to (?:the )?start|back to square one"
    r"|(?:is|are|becomes?|would be|will be) (?:wasted|useless|pointless|worthless)"
    r"|wasted (?:week|day|effort)|anything less"
    r"|(?:one|a single) (?:gap|gaps|miss|slip|lapse|missed day)"
    r"|no room for"
    # missing shows something about the client, or lets someone down
    r"|(?:you'?ve|you have|you'?ll have|you will have) let (?:\w+ )?\w+ down"
    r"|not serious|(?:show|prove) (?:me |us )?(?:that )?you'?re"
    r"|means? you'?re (?:avoiding|not trying|weak|giving up)"
    # rigid completion demands
    r"|don'?t come back (?:without|until)"
    r"|(?<!\bi )(?:must|have to|has to) (?:fill|complete|do|finish) (?:in )?(?:all|every|each)"
    r"|until (?:your |the )?(?:anxiety|distress|fear|suds|urge)"
    r" (?:is |are |reaches )?(?:at )?(?:zero|0|nothing)"
    # being watched or exposed for missing it
    r"|brought up in (?:group|front)"
    # homework as a test of the client, and the clinician's stakes in it
    r"|(?:real |a )?test of whether you|(?:i'?ll|i will|we'?ll|we will) be disappointed"
    r"|disappoint (?:me|us)|(?:goes|go|going|will go) back to (?:zero|the beginning|square one)"
    r"|question whether (?:you|this|therapy)|choosing to stay (?:unwell|ill|stuck|sick)"
    r"|can'?t (?:manage|do) (?:something|even) (?:this|so) (?:small|simple|easy)"
    r")\b"
)

#: Fixed wording of blame for the homework.
_BLAME_WORDING: Final = _phrases(
    [
        "nil effort",
        "zero effort",
        "poor effort",
        "lack of effort",
        "poor motivation",
        "lack of motivation",
        "lacks motivation",
        "no motivation",
        "not motivated",
        "lacks the willpower",
        "lack of willpower",
        "no willpower",
        "lack of discipline",
        "lacks discipline",
        "not taking therapy seriously",
        "not taking it seriously",
        "not taking this seriously",
        "not taking the work seriously",
        "not pulling",
        "cannot be bothered",
        "can't be arsed",
        "couldn't be arsed",
        "can't be troubled",
        "couldn't be troubled",
        "hasn't bothered",
        "hadn't bothered",
        "won't bother",
        "wouldn't even",
        "won't even",
        "never follows through",
        "doesn't follow through",
        "does not follow through",
        "lack of follow through",
        "wasn't interested",
        "not interested enough",
        "making excuses",
        "didn't bother",
        "did not bother",
        "couldn't be bothered",
        "can't be bothered",
    ]
)
#: Families of blame wording, each naming the clinical idea.
_BLAME_IDIOMS: Final = re.compile(
    r"\b(?:"
    # character and will
    r"(?:lack|lacks|lacking|lacked) (?:the |any |all )?"
    r"(?:discipline|motivation|willpower|commitment|drive|effort)"
    r"|(?:doesn'?t|does not|didn'?t|don'?t|won'?t) (?:really |actually |even |seem to )?care"
    r"|idleness|wallow\w*|shirk\w*|malinger\w*"
    r"|not taking (?:it|this|therapy|treatment|the work|things|homework|recovery"
    r"|the programme|the program)(?: \w+)? seriously"
    # insinuation and sarcasm
    r"|more invested in|(?:very|how|rather) convenient"
    r"|of course (?:it|he|she|they) (?:didn'?t|did not|wasn'?t|hadn'?t|couldn'?t)"
    r"|how hard (?:he|she|they) (?:is|are|was|were) (?:actually |really )?trying"
    r"|(?:do|doing) the work for (?:him|her|them)|everyone else (?:to )?do the work"
    r")\b"
)


# --- A test that can be failed -----------------------------------------------------------

_MISS = r"(?:miss(?:es|ed|ing)?|skip(?:s|ped|ping)?|forget(?:s|ting)?|forgot(?:ten)?)"
_CHILD_OR_CLIENT = r"(?:you|he|she|they|either of you|one of you|we|your child|[a-z])"

#: Missing it, or doing part of it: the condition a verdict is passed on.
_CONDITION: Final = _words(
    rf"""if {_CHILD_OR_CLIENT} (?:\w+ ){{0,2}}?(?:don't|do not|doesn't|does not|didn't|did not
    |can't|cannot|couldn't|haven't|hasn't|fail|fails|only|stop|stops|quit|quits|leave|leaves
    |break|breaks|check|checks|slip|slips|wash|washes|give up|gives up|{_MISS})
    |if (?:it|this|that|the \w+|your \w+|any \w+|a \w+) (?:is|isn't|is not|are|aren't|has|hasn't
    |goes|falls|comes|shows|keeps|doesn't|does not|don't|won't)
    |unless|otherwise|or else|or the|or that|or this|or you|or we|or it|or no
    |{_MISS}|(?:a |one |any )?(?:single )?(?:slip|lapse|wobble|gap|blank|break|deviation)s?
    |leave early|leaves early|up at|anything (?:less|under|short|below|fewer|else|but)
    |less than|fewer than|short of|under \d+|below (?:\d+|that|this)|(?:any|every) (?:day|night)
    (?: that)? (?:without|you don't|isn't)
    |even (?:one|once|a single|1|a)|a single|one (?:day|night|slip|miss|gap|lapse|mistake|error
    |late|drink|cigarette|nap)
    |partial(?:ly)?|incomplete|half (?:done|finished|complete|empty)|sloppy|messy|late|scrappy
    |rushed|(?:only )?part of it|partway|part way|stopping|empty|leaving early|arriving without
    |without (?:their|your|his|her|the) |if (?:i|we) (?:see|find|get)|unsigned|near miss(?:es)?
    |not (?:all|every|done|complete|completed|finished|perfect|exact)|isn't (?:all|done|complete)
    |mistakes?|errors?|deviations?|wander(?:s|ed|ing)?|similar instead|instead"""
)
#: What missing is declared to be or to bring: failure, void, waste, a reset, proof about
#: the client, consequences, being shown up.
_VERDICT: Final = _words(
    r"""(?:a|as a|counts? as a|one) fail|fail(?:s|ed)? (?:the|this|that|your) (?:\w+ )?(?:task
    |week|exercise|assignment|programme|program|test|day|exposure)
    |failures?|failed (?:day|week|attempt|exposure|session)s?
    |(?:you(?:'ve| have| will have|'ll have)?|has|have|it(?:'s| has)|exposure(?:'s| has)) failed
    |ruin(?:s|ed)?|spoil(?:s|ed|t)?|void|invalid(?:ates?)?|undo(?:es|ne)?|wasted?|worthless
    |pointless|useless|meaningless|for nothing|worse than (?:nothing|none|not doing)|no good
    |nothing to work with|wast(?:e|es|ed|ing)|throws? (?:\w+ ){0,2}?away|thrown away
    |(?:scored|counted|marked|treated|recorded|taken) as (?:zero|0|missed|a miss|nothing|failed
    |not done|incomplete)|zero points|0 pts?|no points|(?:aren't|are not|isn't|is not|won't be
    |don't get) counted|taken to mean|didn't happen|never happened|(?:don't|do not) deserve
    |(?:will|'ll|we'll|i'll) (?:be )?cancel\w*|three strikes|you're out|(?:out of|removed from
    |kicked out of|thrown out of
    |dropped from) (?:the )?(?:program|programme|group|challenge|leaderboard|course|class|team
    |scheme|study|service|clinic|list|waiting list)|(?:will be|be|get|gets) (?:reported|notified
    |informed|passed on)|raised as|non adherence|non compliance|noncompliance|red (?:x|cross|mark
    |pen)|add up your|(?:isn't|is not|aren't|won't be|not)\s
    good enough|won't cut it|doesn't cut it|back to day (?:1|one)
    |(?:the )?same as (?:doing )?(?:none|nothing|not doing)|(?:has|have) to be repeated
    |(?:lose|loses|losing) (?:your |the |his |her )?(?:whole )?(?:streak|week|progress)
    |as good as (?:none|nothing|not doing)
    |(?:give|gives|tell|tells) (?:us|me) nothing|(?:taken|seen|read|treated) as (?:a )?(?:sign
    |proof|evidence|lack)|for (?:the team|everyone|the group|staff|all) to see
    |(?:recorded|noted|written|logged) (?:in|on) (?:your |the |his |her )?(?:notes|file|record
    |chart)
    |(?:doesn't|does not|won't|will not|wouldn't|don't|do not|didn't|did not) count
    |counts? (?:as(?! (?:data|practice|a win|progress|information|useful|success|a success|an
    attempt|trying|part|one))|against|for nothing)|not count|(?:hasn't|has not|haven't) worked
    |(?:can't|cannot|won't|will not|can not) (?:move|go|progress) (?:on|forward|up)
    |bottled|chickened|cop(?:ped|s)? out|given up|giving up|quitter
    |(?:you're not|you are not|you aren't|aren't you|you weren't|you're clearly not)\s
    (?:really |truly )?(?:ready|serious|committed|trying|taking)|lack of (?:seriousness|commitment
    |effort|motivation)
    |let (?:\w+ )?(?:\w+ )?down|disappoint\w*
    |(?:we'll|we will|i'll|i will) (?:know|see|find out)
    |start over|(?:start|begin) (?:again |afresh )?from (?:scratch|day|the|zero|week|step)
    |(?:restart|reset)s? (?:the |your )?(?:\w+ )?(?:count|streak|tally|tracker|clock|chain|week
    |programme|program|log)|(?:the )?(?:streak|count|tally|tracker|clock|chain) (?:\w+ )?resets?
    |repeat (?:the |this )?
    (?:whole )?(?:week|stage|step|level|module|block|fortnight|rung|day)|back to (?:zero|day one
    |the start|the beginning|square one|week one|step one|the bottom|the first)|from scratch
    |explain (?:yourself|why|to)|justify|account for|answer for|(?:need|have) to talk about\s
    (?:whether|why)|talk about whether|(?:question|rethink|reconsider|review) (?:whether|if
    |your place|therapy|treatment)
    |(?:i'll|i will|we'll|we will) (?:have to )?(?:report|tell|inform|notify)\s
    (?:your |the )?(?:referrer|gp|probation|court|school|head|employer|manager|boss|sponsor
    |coach|group|team|ward|parents?)
    |in front of|marked (?:as )?(?:a )?(?:fail|failure|missed|absent|incomplete|red|down|against
    |in red|on the|up on)|(?:in|on) (?:the |your |his |her )?(?:red|board|record|file)
    |(?:goes|go|going|gets|get|put) (?:down )?(?:in|on) (?:the |your |his |her )?chart
    |consequences?|penalt\w+|sanction\w*|(?:lose|loses|losing|forfeit\w*) (?:your |his |her |the
    |their |a )?(?:\w+ )?(?:streak|place|spot|slot|privileges?|reward|points?|stars?|sticker|leave
    |progress
    |session|turn)|privileges?|comes? off the table|taken away|(?:no|without) (?:\w+ )?(?:reward
    |sticker|star|leave|screen|treat|pocket money|session|appointment|outing|points?)
    |(?:don't|do not) (?:bother )?(?:coming|come) (?:back|in|to)|no need to (?:come|turn up
    |show up)|last chance|final (?:chance|warning)|discharg\w*|end (?:therapy|treatment|our
    work|the sessions)|(?:therapy|treatment|sessions|your place|your spot) (?:will|may|might
    |could) (?:end|stop|be (?:stopped|ended|withdrawn|closed|reconsidered|given))
    |shared (?:at|with|in) (?:your |the )?(?:review|group|team|meeting|class|ward)
    |(?:means|shows|proves) (?:that )?(?:you|he|she|they)(?:'re| are| were| was|'ve| have)?\s
    (?:not|weak|lazy|failed|bottled|avoiding|giving|given|quit|a failure|no good|unwilling
    |unmotivated|didn't|don't|aren't|haven't|can't)|(?:shows?|tells?|proves?) (?:me|us) (?:how\s
    (?:little|much|serious|committed)|that you(?:'re| are)? (?:not|don't|aren't))"""
)
#: A client's thought, belief or prediction introduced as material to write down or test.
_THOUGHT_MATERIAL: Final = _words(
    r"""thoughts?(?! (?:records?|diary|diaries|logs?|sheets?|forms?|challenging|journal))
    |beliefs?|rules? for|predictions?|predict|self talk|inner critic|critic
    |tell(?:s|ing)? (?:yourself|himself|herself|themselves)|say(?:s|ing)? to (?:yourself
    |himself|herself)|you (?:might|may) (?:think|feel)|feel(?:s|ing)? (?:like|that|as if)
    |felt (?:like|that|as if)|believe|believes|believed|assumption|mind says|the prediction that
    |(?:you|i|he|she|they) (?:think|thinks|thought)|notice when you (?:think|feel|tell)
    |(?:test|check) (?:out )?(?:whether|if|the|your|this) (?:\w+ )?(?:prediction|belief|thought
    |fear|worry|assumption|idea|rule)|(?:describ|call|label|see|saw)\w* (?:herself|himself
    |themselves|yourself|myself)|seeing (?:\w+ ){0,3}?as|(?:mind|brain|critic|voice)\s
    (?:\w+ ){0,3}?(?:tells?|says?
    |will say|will tell)"""
)
#: Demands with no room to miss, standards of performance, homework as proof of the
#: client, and threats to the therapy: a test, whatever else the text says.
_DEMAND: Final = _words(
    rf"""not once|not (?:even )?(?:one|a single) (?:day|time|night|meal|session|entry|slip|drink)
    |no (?:skipping|missing|slips?|slip ups|lapses?|breaks|days off|exceptions?|excuses|gaps
    |blanks|half measures|shortcuts|cutting corners|bailing|ifs)
    |(?:don't|do not|never|must not|mustn't|cannot|can't) (?:ever )?{_MISS} (?:a|any|one|even
    |a single|out)|without (?:fail|exception)|without (?:a single|any) (?:\w+ )?(?:gap|miss|break
    |slip|lapse|exception|mistake|error|wobble)s?
    |without (?:any|a trace of) (?:anxiety|fear|distress)
    |all day every day|day in day out
    |to the (?:letter|gram|minute|second|dot)|exactly as (?:planned|written|described|instructed
    |shown|prescribed|set|agreed|scheduled|listed|given)|word perfect|(?:kept|stick)\s
    to (?:it )?exactly
    |(?:do|done|doing|did|complete|completed|write|written|fill|filled|get|got|be|execute|perform
    |performed|practi[sc]e|practi[sc]ed|follow|followed|keep|kept|go|went|it|them|this|manage
    |managed) (?:\w+ )?(?:\w+ )?(?:\w+ )?perfect(?:ly|ion)?(?! (?:normal|fine|ok|okay|alright
    |all right|good|natural|safe
    |understandable|reasonable|valid|human|acceptable|possible|first|start|place|time))
    |perfect (?:record|score|week|attendance|streak|form|technique|diary|log|logs|days?|nights?
    |entries|results?)|(?:aim|strive|strives|expect|expects|want|need|needs) (?:\w+ )?(?:for )?
    perfect|flawless(?:ly)?|immaculate(?:ly)?|faultless(?:ly)?|error free
    |mistake free|without (?:a )?(?:single )?(?:mistake|error|slip)s?|no (?:mistakes|errors)
    |(?:do|done|doing|complete|completed|fill|filled|follow|followed) (?:\w+ ){{0,2}}?
    (?:properly|neatly|(?<!feels )(?<!feel )(?<!seems )(?<!felt )right(?! (?:away|now|after
    |before|back|there|here|then|up|into|through
    |to|at|in|on|when|as|from|next|column|hand|side|one|ones|place|thing|time|box|page|corner
    |word|words|moment|amount|level)))|answer (?:\w+ ){{0,3}}?properly|the right way
    |(?:get|got|do|done) (?:it|this|them
    |everything|all of it|all) right|full marks|top marks|report card|pass mark|pass or fail
    |(?:as|like|is|it's) (?:an? |your )(?:exam|test|audition)(?! (?:results?|week|day|anxiety
    |stress|nerves|revision|of your|of the))|(?:go through|check|mark|grade)\s
    (?:\w+ )?score|nailed it|nail it
    |(?:one hundred|100) percent(?! of)|(?<!breathing )correctly|(?:get|got|getting) (?:it|this
    |that|them
    |everything|all|each one|every one|the \w+|your \w+) (?:\w+ )?right(?! (?:away|now|after
    |before|back|there|here|then|up|into|through|to|at|in|on|when|as|from|next))
    |no such thing as (?:too|a bad|an excuse)|(?:won't|will not|doesn't|does not) wash
    |(?:that|this) won't do|not good enough|(?:don't|do not) come back (?:and )?(?:tell|telling
    |saying|say|with
    |without|until|unless)|a good (?:mum|mother|dad|father|parent|partner|client|patient
    |student) (?:would|makes|always|never|does)
    |not optional|mandatory|compulsory|obligatory|how (?:do|can|will) you expect to
    |(?:so|too) much to ask|(?<!coach )(?<!bus )(?<!train )(?<!plane )(?<!return )(?<!a )ticket to
    |(?:keep|don't break) the (?:chain|streak)
    |without skipping (?:a|one|any)
    |unbroken (?:streak
    |chain|run|record)
    |(?:nil|no|zero) (?:omissions?|misses|gaps|blanks) (?:acceptable|allowed|permitted|tolerated)
    |(?:will be|is|are) (?:graded|scored|marked)(?! exposure)|(?:where|so) (?:the whole family
    |everyone|the (?:whole )?(?:group|class|team|ward)|others) can see|(?:keep|keeps|keeping|lose
    |loses|losing) (?:their
    |your|his|her|a) (?:place|spot|slot)|everyone else (?:\w+ ){{0,3}}?(?:manages|managed|can
    |does)|proves? (?:that )?you(?:'re| are)
    |only counts? if (?:\w+ ){{0,3}}?(?:all|every|full|whole|complete|perfect)
    |only (?:\w+ ){{1,6}}?(?:will |would )?(?:count(?! (?:my|your|his|her
    |their|the|each|every|how|up|down)\b)|counts|go on the tally
    |are counted|get a (?:tick|star|sticker))|(?:isn't|is not|not) good enough|won't cut it
    |whatever it takes|at all costs|zero tolerance|under no circumstances|not an option
    |(?:is|are|will be) (?:not|never) (?:acceptable|allowed|permitted|tolerated)|unacceptable
    |(?<!\bi )(?<!\bwe )(?:must|have to|has to|required to|expected to) (?:\w+ ){{0,6}}?
    (?:every single (?:day|night|time)|each and every|in full|without exception|completely
    |in its entirety)
    |(?:this|it|that|homework|the homework|this week|the week|the task|this worksheet)\s
    (?:is|will be|serves as|acts as|as) your (?:real |final |big )?(?:test|exam|audition|proof
    |chance to (?:show|prove))|test of (?:you|whether you(?:'re| are| can)|how (?:serious
    |committed|much you)|your (?:commitment|character|willpower|motivation|seriousness|resolve))
    |prove (?:to (?:me|us|the group|everyone|your (?!self)\w+)|(?:that )?you(?:'re| are| can
    | want| mean| really)|your (?:commitment|worth|motivation|seriousness))
    |(?:show|demonstrate) (?:me|us|the group|the team|everyone|your \w+)? ?(?:that )?(?:how\s
    (?:committed|serious|much you (?:want|care|mean))|you(?:'re| are| really| can| want| mean)
    |your (?:commitment
    |motivation|willingness|seriousness|dedication))
    |(?:see|find out|know|tell) (?:if|whether) you(?:'re| are)? (?:really |truly |actually )?
    (?:serious|committed|motivated|up to it|can actually|can really)
    |(?:keep|stick) (?:it|this) up this time
    |(?:will be|'ll be|i'll be|we'll be|are going to be) checking (?:on )?(?:you|your|that|it
    |the)|(?:will|'ll) check up on you|(?:i'll|i will|we'll|we will) be checking\b
    |(?:will|'ll) hear about (?:it|this)|so (?:they|everyone|the group) can see (?:whether|if
    |who)|(?:go|going) through (?:them|it|each|every) line by line|so everyone can see|(?:read
    |present|show)\s
    (?:\w+ ){{0,3}}(?:aloud|out|to) (?:to )?(?:the |your )?(?:group|team|class|ward|everyone)
    |something worth (?:presenting|showing)|no (?:log|diary|sheet|homework|hw|record|card|chart)\s
    no (?:session|appointment|therapy|treatment|leave|reward)|or (?:we'll|we will|i'll|i will)\s
    (?:stop|end|have to|need to|rethink|reconsider|question|discharge|close)
    |only (?:go through|accept|look at|count|mark|review|read) (?:\w+ )?(?:complete|perfect
    |finished|full ones|fully)|we don't (?:give|reward) (?:\w+ )?for trying"""
)
#: A ``_DEMAND`` word the text itself takes back ("it doesn't have to be perfect").
_TAKEN_BACK: Final = re.compile(
    r"(?:\bnot|(?<!have)(?<!has)(?<!had)n't|\bno need|\bno pressure|\bno one|\bnever"
    r"|\bnobody|\bnothing|\bnone|\bthere(?:'s| is| are) no"
    r"|\brather than|\binstead of"
    r"|\blet go of|\bletting go of|\bdrop|\bwithout|\bmore than|\bless than|\bno such thing as"
    r")(?: (?:have|has|had|need|needs|to|be|being|been|get|getting|got|look|looks|sound|sounds"
    r"|expect|expects|expected|aim|aiming|about|for|it|it's|this|them|all|everything|you|you've|your"
    r"|do|done|doing|go|goes|feel|matter|matters|worry|worried|try|trying|a|an|the|so|that"
    r"|whether|if|come|up|with|answers?|test|thing|way|of|mean|means|when|seems))* $"
)
#: A rating where 100 % tops a scale ("rate it 0-100", "belief 100%").
_RATING_CONTEXT: Final = re.compile(
    r"\b(?:rate|rated|rating|ratings|belief|believe|believed|scale|suds|distress|anxiety|urge"
    r"|strength|strongly|how much|confidence|sure|certain|reached|peak|peaked)\b[\w' ]{0,40}$"
)


_TESTS: Final = (_DEMAND, _TEST_WORDING, _TEST_IDIOMS)


def test_span(passage: Passage) -> tuple[int, int] | None:
    """Where the text frames homework as a test that can be failed, or ``None``."""
    previous_condition = False
    for sentence in passage.sentences:
        joined = sentence.joined
        if not joined:
            continue
        material = _THOUGHT_MATERIAL.search(joined)
        cut = material.start() if material is not None else len(joined)
        for family in _TESTS:
            for match in family.finditer(joined, 0, cut):
                before = _before(joined, match.start())
                if _TAKEN_BACK.search(before) is not None:
                    continue
                if "100" in match.group() and _RATING_CONTEXT.search(before) is not None:
                    continue
                return sentence.span_of(*match.span())
        condition = _CONDITION.search(joined, 0, cut) is not None
        if condition or previous_condition:
            verdict = _VERDICT.search(joined, 0, cut)
            if verdict is not None and _TAKEN_BACK.search(_before(joined, verdict.start())) is None:
                return sentence.span_of(*verdict.span())
        previous_condition = condition
    return None


# --- Blame ------------------------------------------------------------------------------

#: Judging labels that blame whatever comes before them.
_LABEL: Final = _words(
    r"""non compliant|noncompliant|non compliance|noncompliance|poor compliance|non adherent
    |nonadherent|lazy|laziness|idleness|bone idle|manipulative|freeloader|freeloading
    |a passenger|hopeless case|lost cause|a waste of space|work shy|workshy
    |not therapy material|unable or unwilling|malinger\w*|shirk\w*|wallow\w*
    |attitude problem|time waster|time wasting|timewaster|bludg\w+|being difficult
    |attention seeking|(?<!self )sabotag\w*|half hearted
    |not co operating|not cooperating|making excuses"""
)
#: Words that label a person only when the note says the person is so ("she is stubborn",
#: "his stubborn stance"), not of a week ("a difficult week") or a feeling.
_TRAIT: Final = _words(
    r"""idle|stubborn|resistant|defiant|oppositional|entitled|needy|demanding|uncooperative
    |un co operative|obstructive|unwilling|unmotivated|apathetic|childish|immature|spineless
    |careless|lax|flaky|unreliable|irresponsible|selfish|self indulgent|lackadaisical
    |complacent|feckless|slack|cavalier|dismissive|evasive|deceptive|dishonest
    |disingenuous|insincere|argumentative|passive|not motivated|uninterested"""
)
#: Words that blame in a review's notes, where they cannot be the homework's own words.
_REVIEW_LABEL: Final = _words(
    r"unwilling|unmotivated|(?<!treatment )resistant|excuses|(?:is|was|as) a failure"
    r"|failed (?:again|miserably)"
)
#: What says a trait is the person's: a copula, an intensifier, a possessive, a list.
_OF_THE_PERSON: Final = re.compile(
    r"\b(?:(?:she|he|they|pt|client|clt|patient|mum|mom|dad|mother|father|parent|resident"
    r"|student|pupil|teen|yp)(?: (?:is|was|were|are|has been|seems?|seemed"
    r"|appears?|appeared|remains?|remained|became|becomes|sounds|looks|being))?|she's|he's"
    r"|they're|his|her|their)(?: (?:so|too|very|quite|rather|really|pretty|typically|frankly"
    r"|clearly|utterly|totally|extremely|somewhat|increasingly|simply|just|being|a bit|\w+"
    r" and))* $"
)
#: Words before a label that make it someone's feeling or words, or the client's own view.
_NOT_THE_NOTES: Final = re.compile(
    r"\b(?:feel|feels|felt|feeling|call|calls|called|calling|describe|describes|described"
    r"|describing|label|labels|labelled|labeled|see|sees|saw|think|thinks|thought(?! records?)"
    r"|believe"
    r"|believes|worry(?! (?:log|time|diary|period|list|postponement|tree))|worries|worried"
    r"|fear(?! (?:hierarchy|ladder|list))|fears|afraid|say|says|said|told|tell|tells|accuse"
    r"|accuses|accused|criticise|criticises|criticised|criticize|criticizes|criticized|judge"
    r"|judges|judged|scared|named|branded|teased|bullied|expected|expects|expecting|hear"
    r"|heard|hopes|hoped|you|your|yourself|we|rather than|instead of)\b"
    r"[\w' ]{0,30}$"
    r"|\b(?:not|never|no longer|nor|isn't|wasn't|aren't|weren't)(?: \w+)? $"
)

#: Claims about will, effort and motives; doubt about the client's account; exhortations
#: about character; writing the client off.
_WORK = (
    r"(?:homework|hw|log|logs|diary|diaries|task|tasks|exercise|exercises|practice|practices"
    r"|worksheet|worksheets|exposure|exposures|assignment|assignments|activity|activities"
    r"|chart|sheet|sheets|record|records|tracker|breathing|relaxation|plan|schedule|card"
    r"|form|journal|list|hierarchy|experiment|experiments|reading|workbook|module|recording"
    r"|routine|monitoring|between session work|work)"
)
_WILL: Final = _words(
    rf"""(?<!takes )(?<!took )(?<!requiring )(?<!requires )(?<!needs )(?<!with )(?:little|no
    |minimal|minimum|poor|limited|zero|nil|scant|token|negligible|lack of|lacking
    |lacks|lacked|any real|no real|no genuine|not much|not enough|precious little|very little
    |insufficient|inadequate|shows no|showed no|showing no|effort|the same) (?:real |genuine )?
    (?:commitment|effort|willingness|application|initiative|investment|buy in|dedication
    |discipline|willpower|seriousness|ownership|follow through|minimal|backbone|grit|spine
    |staying power|lack of backbone|interest in (?:the
    |getting|changing|doing|therapy|treatment|homework|his|her|their))
    |(?:effort|commitment|engagement) (?:was |is |has been |remains )?(?:minimal|poor|lacking
    |absent|non existent|nonexistent|token|half hearted)
    |refus(?:ed|es|ing) (?:point blank|outright|again|(?:(?:even )?to (?:even )?)?(?:do|complete
    |fill|try|attempt|engage|practi[sc]e|participate|open|read|write|start|keep|use|listen
    |bring|return|hand in|finish)|(?:the|his|her|their|any|all|every|each) (?:\w+ )?{_WORK})
    |(?<!we )(?<!i )(?:chose|chooses|choosing|decided|decides|elected|elects|opted|opts) not to\s
    (?:do|complete|bother|engage|try|attempt|practi[sc]e|fill|use|look|bring|follow|start|open
    |write|read|call)
    |(?:didn't|doesn't|does not|did not|won't|wouldn't|hasn't|has not) (?:even )?bother
    |(?:didn't|doesn't|does not|did not|won't|wouldn't|hasn't|has not) even (?:try|attempt)
    |(?:didn't|doesn't|does not|did not|won't|wouldn't) (?:make an effort|put in (?:any|the|an)
    effort)|(?:made|makes|making) no (?:attempt|effort)
    |(?:didn't|did not|hasn't|has not|won't|wouldn't|never) even (?:\w+ )?(?:open|opened|look
    |looked|try|tried|attempt|attempted|pretend|glance|start|started|cracked|crack|read)
    |(?:can't|cannot|couldn't|could not) (?:even )?be (?:bothered|arsed|troubled)
    |hasn't (?:cracked|opened) it|not (?:pulling|putting in) (?:\w+ )?(?:weight|effort|back)
    |pull (?:his|her|their) (?:finger|weight|socks) (?:out|up)?|put (?:his|her|their) back into
    |(?:not|\w+n't|never) (?:really |truly |actually )?(?:taking|take|took|taken) (?:it|this|therapy
    |treatment|the work|things|homework|recovery|(?:the |his |her |their )?\w+) (?:\w+ )?seriously
    |(?:not|isn't|wasn't|is not) (?:really |truly )?(?:serious|committed) (?:about|to)|(?:doesn't
    |does not|don't|didn't|did not) (?:really |actually |truly )?
    (?:want|care|seem to care|seem to want)(?: it| to get better| to change| to recover| to engage
    | to do| to improve|$| about)
    |(?:needs?|ought|has got|must|should) (?:to )?(?:\w+ )?(?:want it|toughen up|man up|grow up
    |try harder
    |pull (?:him|her|them|your)sel(?:f|ves) together|get a grip|get (?:his|her|their) act together
    |step up|buck up|shape up|stop making excuses|stop (?:moaning|whining|complaining|wallowing
    |feeling sorry)|take (?:more )?(?:responsibility|ownership)|put (?:in )?(?:the|more|some|real)\s
    (?:effort|work|graft)|(?:start|begin) taking (?:this|it|therapy|things|the work|homework
    |responsibility)|apply (?:him|her|them)sel(?:f|ves)|make (?:more\s
    of )?an effort|meet (?:me|us) halfway)|should (?:try harder|have tried|know better)
    |if (?:she|he|they|mum|dad) (?:really|actually|truly) wanted|at some point (?:he|she|they)\s
    (?:has|have|needs?|will have) to (?:want|take|start|accept)|(?:just|only|simply|merely)\s
    (?:wants?|wanted|here|looking) (?:for )?(?:attention|sympathy|validation|someone to|a quick
    fix|a pill|to vent|to offload|to moan)|spoon fed
    |rather than (?:doing|putting in|making|trying|taking) (?:any|the|some) (?:of the )?(?:work
    |effort|homework|responsibility)|would rather (?:complain|moan|blame)
    |(?:gets?|getting|got) something out of|secondary gain|benefits? from staying|likes? being\s
    (?:ill|unwell|looked after|rescued)|enjoys? (?:being|the attention|the sick)|in no (?:hurry
    |rush) to|happy (?:enough )?to let|lets? (?:everyone|others|staff|me|us) (?:else )?do
    |(?:more )?invested in (?:being|staying|his|her|their|the)|prefers? (?:to )?(?:stay|staying
    |being|complaining|talking)|when it suits (?:him|her|them)|meant for other people
    |comfortable (?:in|with|being|staying) (?:his|her|their)? ?(?:illness|problems|victim|role
    |rut|sick|patterns|ways|misery)|playing the victim|poor me|pity party|woe is me
    |gives? up (?:as soon as|at the first|whenever|easily|too easily|the moment|straight away)
    |at the (?:first|slightest) (?:sign|hint|bit) of|no (?:staying power|stickability|backbone
    |grit|spine)|beneath (?:him|her|them)|thin skinned|throws? in the towel
    |(?:i|we) (?:doubt|don't believe|do not believe|can't believe)|not (?:at all )?convinced
    |hard to believe|(?:would )?suggest otherwise|suggests otherwise|hardly (?:an )?(?:honest
    |genuine|accurate|true)|dubious|doubtful|claims? (?:to|that|she|he|they|it|the|her|his)
    |claimed|claiming|alleged(?:ly)?|supposedly|purported(?:ly)?|so called|likely story
    |pull the other|yeah right|whatever (?:that means|gets (?:him|her|them)|it takes)|says? whatever
    |what (?:we|i|staff|they) want to hear|going through the motions|lip service|box ticking
    |ticking (?:the )?boxes|wearing (?:a bit |rather |very )?thin|the real (?:reason|issue|problem
    |story)|(?:another|the usual|full of|always an|always has an|the same old) excuses?
    |there'?s always (?:something|a reason|an excuse)|well rehearsed|generous use
    |waste of (?:my |our |a |the |clinical |therapy |everyone's |valuable )?(?:time|slot|session
    |resources|effort|place)|not worth (?:it|offering|continuing|the effort|setting|giving
    |bothering)|no point (?:in )?(?:setting|giving|offering|continuing|bothering|trying)
    |give up on (?:him|her|them)|(?:would not|wouldn't|don't|do not) (?:anticipate|expect)\s
    (?:a )?(?:different|better|much)|expect little|beyond help|given every chance
    |who this (?:therapy|treatment|work) is (?:actually |really )?for|stopped being surprised
    |we both know|(?:if|had) (?:he|she|they) (?:put|spent) half|half the energy|as predicted
    |not a spectator sport|how hard (?:he|she|they) (?:is|are|was|were) (?:actually |really )?
    trying|(?:actually|really) wants? to (?:change|recover)(?! \w)|not (?:really|actually) trying
    |(?:do|doing) the work for (?:him|her|them)|everyone else (?:to )?do the work
    |(?:other|most|all the other|the rest of the) (?:clients|patients|parents|group members
    |members|residents|service users|kids|children|couples|families) (?:\w+ )?(?:manage|managed
    |cope|coped|get it done|got it done|find the time|found the time)|unlike (?:the )?(?:other
    |most|rest)|everyone else (?:manages|managed|did|does|can|could)|the only one (?:who|not)
    |(?:finds?|found) (?:the )?time for (?:\w+ ){{0,3}}?(?:except|but|apart from)
    |(?:handy|convenient|useful|ready made|easy) (?:shield|excuse|reason|get out|alibi)
    |(?:would|he'd|she'd|they'd) rather (?:stay|remain|sit|keep|carry on|continue) (?:stuck|ill
    |unwell|at home|in bed|drinking|using|complaining|\w+ing)|(?:to stay|staying) stuck
    |resist(?:s|ed|ing)? (?:every|all|any) (?:\w+ )?{_WORK}|(?:did|does|doing|do) (?:the )?(?:bare
    |absolute) minimum|sense of entitlement|expects? (?:staff|others|everyone|me|us|the team)\s
    (?:to do|to fix|to sort)
    |(?:is|was|seems|remains) (?:a |their |his |her )?(?:choice|lifestyle choice)
    |(?:little|no|not much) appetite for|comfortable (?:in|with|being|staying|where)\s
    (?:\w+ ){{0,2}}?(?:illness|problems|victim|role|rut|sick|patterns|ways|misery|is|are|stuck)
    |not (?:pulling|putting in) (?:his|her|their) (?:weight|share)|not a priority for
    |(?:failed|fails|failing) to (?:do|complete|fill|engage|attempt|try|practi[sc]e|bring|return
    |follow|use|keep|read|start|comply)|no commitment|lacks? (?:the )?(?:willpower|discipline)
    |not taking (?:therapy|it|this|the work|treatment) seriously|not (?:really )?interested
    (?: enough)? in (?:getting|changing|doing|the work|therapy|treatment|recovery)
    |(?:can't|couldn't|can not|cannot) be (?:arsed|troubled)
    |(?:never|doesn't|does not|didn't|did not) follow(?:s)? through|lack of follow through
    |oppositional|obstructive|elected not to|choosing not to|won't tolerate
    |(?:not|\w+n't|never) (?:appear|seem|look)(?:s|ed)? (?:to be )?(?:willing|motivated|interested
    |committed|bothered|keen|serious|ready)|(?:ready|willing) to take responsibility
    |(?:treat|treats|treating|sees|regards) (?:\w+ ){{0,3}}?as (?:optional|an optional|suggestions
    |a joke|a chore|beneath|someone else's|something that happens)|help rejecting
    |lift(?:ed|ing|s)? a finger|playing (?:me|us|games|the system)|pull(?:ed|ing|s)? a sickie
    |(?:a )?fast one|for a ride|put (?:his|her|their) mind to it|(?:he|she|they) just (?:doesn't
    |don't|won't)|chooses? to be|choosing to be|what's the point|corner cutting|cuts? corners
    |cutting corners|way of life|not wanting to change|a polite word for|(?:are|is) for (?:everyone
    |other people|others)(?: else)?|lets? (?:it|things|most things|everything) slide
    |what (?:she|he|they) thinks? (?:i|we|staff) (?:want|wants)|running out of (?:ways|patience)
    |spoon feed\w*|(?:looking for|waiting for|wants?|after|expects?) (?:a |the |some )?(?:magic
    |quick fix|cure|miracle)|homework is fiction|(?:is|was|are) (?:pure |complete )?fiction
    |face value|fabricat\w*|cherry pick\w*|without the pain
    |take (?:it|this|therapy|homework|things) seriously (?:if|once|when)|(?:yet to see|no|little
    |not seen any|see no) evidence (?:that )?(?:she|he|they)|says it all|says a lot about
    |tells you (?:all|everything)|(?:heart|head) (?:isn't|is not|wasn't|was not) in it
    |more interested in (?:complaining|moaning|talking|\w+ing than)|one wonders|as (?:busy|bad
    |hard|tired) as (?:she|he|they) makes? out|(?:isn't|is not|wasn't|not) putting\s
    (?:the |any )?(?:work|effort) in|(?:is|are) for (?:other people|others|everyone else)
    |prefers? to (?:sit|stay|lie|complain|moan)"""
)
#: Words that judge only beside a report that the homework was not done: "as usual, her
#: shift ran late" and "her priorities this week were the funeral" alone are neutral.
_JUDGING: Final = _words(
    r"""typical|typically|as usual|as always|as ever|yet again|again and again|once more
    |same story|same old|(?:\w+ )?(?:week|session|time) running|week after week|neglected
    |turned down|won't do|wont do|won't engage|not engaging|attitude
    |backbone|spine|willpower|discipline|readiness|not inclined|appetite for|conveniently
    |convenient|undermining|wilful|willful|(?<!no )excuses?|shield|frankly|apparently|somehow
    |surprise surprise|no surprise|what a surprise|unsurprisingly|not surprised|predictably
    |of course
    |needless to say|funny how|funnily enough|interesting how|strange how|amazing how
    |curious how|odd how|remarkable (?:how|what)|remarkably|magically|mysteriously|always seems
    |never seems
    |true to form|par for the course|suspiciously|well yes|that's the point|even the simplest
    |naturally
    |appetite for|invested in|manipulative
    |allegedly|the hard graft|selective|found time|finds time|seems to remember
    |excellent timing|says more about|speaks volumes|passenger|when (?:he|she|they) decides?
    |which of us|couldn't care less"""
)
#: Signs that the homework was not done, or only partly.
_NOT_DONE: Final = _words(
    r"""not|no|nothing|nil|zero|never|none|blank|blanks|empty|untouched|incomplete|didn't
    |hasn't|hadn't|won't|wouldn't|couldn't|skipped|missed|forgot|forgotten|lost|neglected
    |ignored|ignoring|avoided|only|partly|partial|half|abandoned|without|busy|too tired
    |slipped|outstanding|out the window|by the wayside|slide|undone|one line|two lines
    |three lines|short|\d+ (?:of|out of|/) \d+|(?:one|two|three|four|five|six) (?:of|out of)\s
    (?:two|three|four|five|six|seven|eight|nine|ten)"""
)
#: A reason for missing it, in the client's words: in scare quotes, the note doubts it.
_REASON: Final = re.compile(
    r"\b(?:forgot|forget|forgotten|busy|no time|tired|exhausted|sick|ill|unwell|poorly|lost"
    r"|misplaced|couldn't|could not|didn't|can't|stressed|overwhelmed|emergency|crisis"
    r"|headache|migraine|flu|hectic|confusing|confused|too hard|too difficult|too much|tried"
    r"|trying|managed|done|did it|slipped|ran out|nothing to|meant to|nearly|almost"
    r"|got round|get round|a bit|some)\b"
)
#: Words that report a quotation as the client's (no doubt cast on it).
_REPORTED: Final = re.compile(
    r"\b(?:said|says|saying|say|reports?|reported|reporting|stated|states|stating|described"
    r"|describes|describing|called|calls|calling|(?<!not )(?<!n't )write|wrote|writes|written"
    r"|told|tells|explained"
    r"|explains|words|thought|thinks|noticed|notices|believes|believed|felt|feels|feeling"
    r"|labelled|labeled|named|mentioned|mentions|added|adds|shared|shares|recorded|noted"
    r"|notes|quote|quoted|put it|asked|asks|wondered|wonders|disclosed|identified|what"
    r"|word|term|means|meaning)\b"
    r"[\w' ,]{0,40}$"
)


#: After a quotation, a noun it names as material: "the 'can't sleep' thought" (but "the
#: 'too busy' story" doubts it).
_NAMED_AFTER: Final = re.compile(
    r"\s*(?:thoughts?|beliefs?|labels?|rules?)\b",
    re.IGNORECASE,
)


def blame_span(passage: Passage, *, review: bool = False) -> tuple[int, int] | None:
    """Where a note blames the client for the homework, or ``None``. In a review's notes
    (``review``), words that elsewhere may describe a feeling ("notice when you feel
    lazy") blame too."""
    if not review and not _about_a_client(passage):
        return None  # homework addressed to the client, or the client's own account
    families = (*_CLAIMS, _REVIEW_LABEL) if review else _CLAIMS
    judging: tuple[int, int] | None = None
    seen_not_done = False  # a sentence so far reports the homework missed or partly done
    for sentence in passage.sentences:
        joined = sentence.joined
        for family in families:
            for match in family.finditer(joined):
                if _NOT_THE_NOTES.search(_before(joined, match.start())) is None:
                    return sentence.span_of(*match.span())
        # the sentence reports the homework missed or partly done (quoted words count:
        # "he was 'too busy'"), or speaks of the homework
        not_done = _NOT_DONE.search(sentence.whole) is not None
        if not_done or _HOMEWORK.search(joined) is not None:
            for trait in _TRAIT.finditer(joined):
                before = _before(joined, trait.start())
                if (
                    _OF_THE_PERSON.search(before) is not None
                    and _NOT_THE_NOTES.search(before) is None
                ):
                    return sentence.span_of(*trait.span())
        seen_not_done = seen_not_done or not_done
        if judging is None and seen_not_done:
            found = _JUDGING.search(joined)
            if found is not None and _NOT_THE_NOTES.search(_before(joined, found.start())) is None:
                judging = sentence.span_of(*found.span())
    if judging is not None:
        return judging
    return _scare_quoted(passage)


#: The families that blame wherever they are in a note.
_CLAIMS: Final = (_WILL, _BLAME_WORDING, _BLAME_IDIOMS, _LABEL)
#: The homework itself, named.
_HOMEWORK: Final = _words(_WORK)


#: The text speaks to the client ("you"), or is the client's own account ("my therapist").
_SECOND_PERSON: Final = _words(r"(?<!thank )you|your|yours|yourself|you're|you've|you'll|you'd")
_CLINICIAN: Final = "(?:" + "|".join(sorted(lx.CLINICIANS, key=len, reverse=True)) + ")"
_OWN_ACCOUNT: Final = _words(
    rf"""(?:my|our) (?:t|{_CLINICIAN})|my (?:homework|counselling|dbt|cbt|group)|our homework
    |i(?:'m| am) (?:meant|supposed) to|we agreed (?:that )?i(?:'d|'ll| will| would)
    |my (?:(?!colleague|team|the|a|ward|supervisor)[\w-]+ ){{1,2}}{_CLINICIAN}
    |{_CLINICIAN}(?:'s)? (?:[\w-]+ ){{0,2}}?(?:told|gave|wants|asked|has|had|got|set|insisted
    |says|said)(?: that)? (?:me|us|i)"""
)
#: The client named in the third person: whoever else the text mentions, it is a note.
_THE_CLIENT: Final = _words(r"pt|pts|patient|patients|client|clients|clt")


def _about_a_client(passage: Passage) -> bool:
    """Whether a text can be a note about a client (blame is only in notes): in its own
    words (not quoted ones), it neither speaks to the client ("you") nor is the client's
    own account ("my therapist")."""
    own = " ".join(s.joined for s in passage.sentences)
    if _SECOND_PERSON.search(own) is not None:
        return False
    return _OWN_ACCOUNT.search(own) is None or _THE_CLIENT.search(own) is not None


def _scare_quoted(passage: Passage) -> tuple[int, int] | None:
    """A reason or claim in scare quotes, not reported as the client's words: the note
    doubts it. The quote must go on as the note's own words ("J 'forgot' her exposure
    task", "he 'managed' one"), or stand in a note that reports the homework missed."""
    text = passage.text
    doubted = _NOT_DONE.search(passage.whole) is not None
    for start, end in passage.quotes:
        after = text[end : end + 3].lstrip(" ")
        if after.startswith(")") or not (after[:1].isalnum() or doubted):
            continue  # "(pt 'forgot')" reports the client's words
        inner = text[start + 1 : end - 1]
        if len(inner.split()) > 6 or _REASON.search(inner.casefold()) is None:
            continue
        if _NAMED_AFTER.match(text, end) is not None:
            continue  # "the 'can't sleep' thought": the words name a thought to work on
        if inner.startswith(("I ", "I'", "I\u2019")):
            continue  # the client speaking in the first person: reported speech
        before = text[max(0, start - 60) : start]
        before = _SENTENCE_END.split(before)[-1].casefold()
        if _REPORTED.search(before) is None and not before.rstrip().endswith(":"):
            return start, end
    return None
