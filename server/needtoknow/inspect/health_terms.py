"""Care or health details next to a name (SPEC "Definitions": a *named* client with care or health
details is health data).

A curated vocabulary of care and health words, and the units of text they count in: the same
sentence, list item or table row (a rendered row is one line). The sender's own greeting line
("Dear Joan Sutton,") and everything after a sign-off ("Kind regards", "Best wishes", "--") are
not read: a name there is the writer's or the reader's, not a client's under discussion.

The vocabulary is deliberately plain: words a care agency writes about a person's health or care
(hospital, fall, medication, dementia, diagnosis, personal care, GP, district nurse, end of life,
safeguarding …). Words that are as often about something else ("care" alone, "visit", "home")
are left out, so a newsletter's greeting or a thank-you for the cake stays quiet; "fall", "fell",
"wound" and "confusion" count only in their care sense ("had a fall", "fell in the bathroom",
"wound dressing", "increased confusion"), not "fell asleep" or "Christmas falls on a Friday".
"""
import re

import ahocorasick

TERMS = """hospital|hospitalised|hospitalized|admitted|a&e|a and e|ambulance|paramedics?
|(?:a|another|the|her|his|their|recent|two|three|several|no|unwitnessed|bad|nasty) falls?
|falls? risk|risk of falls?|fall(?:en|s)? (?:over|down|out of bed|in the (?:bathroom|kitchen|night))
|fell (?:over|down|out of bed|in the (?:bathroom|kitchen|night|garden|shower)|at home)
|(?:was|were|is) found on the floor|has fallen|had fallen
|medication|medications|medicines?|tablets|prescription|prescribed|dementia
|alzheimer's|alzheimers|diagnosis|diagnosed|personal care|gp|district nurse|community nurse
|nurse|end of life|palliative|hospice|safeguarding|stroke|cancer|chemotherapy|diabetes|diabetic
|insulin|catheter|incontinence|incontinent|continence|pressure sores?|pressure ulcers?|wound care|wound dressing|leg wound|open wound|wound clinic
|dressings?|infection|uti|covid|pneumonia|blood pressure|oxygen|physio|physiotherapy
|occupational therapist|mental health|depression|parkinson's|parkinsons|epilepsy|seizures?
|care plan|dnacpr|dnr|discharged?|surgery|operation|injury|injured|bruising|unwell|poorly
|illness|confused|increased confusion|hoist|wheelchair|mobility|dehydrated|dehydration|covid-19
|self-neglect|self neglect|overdose|antibiotics|blood test|bloods|scan results|consultant
|carer's assessment|care assessment|funded care|respite|deteriorat(?:ed|ing)|choking|dysphagia
|sepsis|fracture|fractured|broken hip|hip replacement|memory clinic|psychiatric|sectioned"""
_TERM = re.compile(r"(?<![\w&])(?:%s)(?![\w&])" % TERMS.replace("\n", ""), re.I)
_REACH = 80  # characters around an anchor word that a term can span
_SIGN_OFF = re.compile(
    r"^\s*(?:--\s*|(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|regards|thanks|thank you"
    r"|best|cheers|yours\s+(?:sincerely|faithfully|truly)|sent from my\b.*)[,.!]?\s*$",
    re.I | re.M,
)
_GREETING = re.compile(r"^\s*(?:dear|hi|hello|good (?:morning|afternoon))\b[^,.;!?\n]{0,60}[,\n]", re.I)
SIGNATURE_CHARS = 400
_UNIT = re.compile(r"(?<=[.!?;])\s+|\n")


def _alternatives(pattern):
    """The top-level alternatives of a regex (a "|" inside a group does not split)."""
    out, depth, start = [], 0, 0
    for i, char in enumerate(pattern):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return out + [pattern[start:]]


def _anchor(alternative):
    """A literal word every match of `alternative` holds: its longest plain word."""
    plain = re.sub(r"\(\?:[^()]*(?:\([^()]*\)[^()]*)*\)\??", " ", alternative)
    plain = re.sub(r".\?", " ", plain)  # "sores?" -> "sore " (an optional letter may be absent)
    return max(re.findall(r"[a-z&']+", plain), key=len)


def _automaton():
    automaton = ahocorasick.Automaton()
    for alternative in _alternatives(TERMS.replace("\n", "")):
        automaton.add_word(_anchor(alternative), True)
    automaton.make_automaton()
    return automaton


# A regex of ~150 alternatives tried at every letter is slow on a long list; the anchors' one
# pass in C finds the few places worth trying it.
_ANCHORS = _automaton()


def _terms(text):
    """Term matches in `text`, left to right."""
    low, found, done = text.lower(), [], 0
    for end, _ in _ANCHORS.iter(low):
        if end < done:
            continue
        term = _TERM.search(text, max(done, end - _REACH), min(len(text), end + _REACH))
        if term is not None:
            found.append(term)
            done = term.end()
    return found


def mentions_health(text):
    return bool(_terms(text))


def health_units(text):
    """The sentences, list items and table rows of `text` that hold a care or health word,
    the sender's greeting and signature left out."""
    if not _terms(text):
        return []
    for sign_off in _SIGN_OFF.finditer(text):
        if len(text) - sign_off.end() <= SIGNATURE_CHARS:  # a signature, not a paragraph's end
            text = text[: sign_off.start()]
            break
    text = _GREETING.sub("", text, count=1)
    units, seen = [], -1
    for term in _terms(text):
        if term.start() < seen:
            continue  # this unit is in already
        starts = [m.end() for m in _UNIT.finditer(text, 0, term.start())]
        start = starts[-1] if starts else 0
        end_match = _UNIT.search(text, term.end())
        seen = end_match.start() if end_match else len(text)
        units.append(text[start:seen])
    return units
