"""The tool a developer might write instead of the specificity check: a text is
"specific" when one compiled regular expression finds a cue, day, time or number word.

The benchmark (``benchmarks/checks.py``) times the check beside it, and the evidence
page of the documentation (``docs/_ext_evidence.py``) scores both on the corpus.
"""

import re

__all__ = ["KEYWORDS", "judge"]

#: Cue, day, time and number words.
KEYWORDS = re.compile(
    r"\b(?:when(?:ever)?|after|before|each|every|once|twice|daily|nightly|weekly|today|"
    r"tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"minutes?|mins?|hours?|times?|\d+)\b",
    re.IGNORECASE,
)


def judge(text: str) -> str:
    """``"specific"`` when a keyword appears in ``text``, else ``"vague"``."""
    return "specific" if KEYWORDS.search(text) else "vague"
