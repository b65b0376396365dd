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

TERMS = """hospital|hospitalised|hospitalized|admitted|a&e|a & e|ambulance|paramedics?
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
_SIGN_OFF = re.compile(
    r"^\s*(?:--\s*|(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|regards|thanks|thank you"
    r"|best|cheers|yours\s+(?:sincerely|faithfully|truly)|sent from my\b.*)[,.!]?\s*$",
    re.I | re.M,
)
_GREETING = re.compile(r"^\s*(?:dear|hi|hello|good (?:morning|afternoon))\b[^,\n]*[,\n]", re.I)
SIGNATURE_CHARS = 400
_UNIT = re.compile(r"(?<=[.!?;])\s+|\n")


def mentions_health(text):
    return _TERM.search(text) is not None


def health_units(text):
    """The sentences, list items and table rows of `text` that hold a care or health word,
    the sender's greeting and signature left out."""
    if _TERM.search(text) is None:
        return []
    for sign_off in _SIGN_OFF.finditer(text):
        if len(text) - sign_off.end() <= SIGNATURE_CHARS:  # a signature, not a paragraph's end
            text = text[: sign_off.start()]
            break
    text = _GREETING.sub("", text, count=1)
    return [unit for unit in _UNIT.split(text) if unit and _TERM.search(unit)]
