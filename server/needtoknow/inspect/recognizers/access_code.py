"""ACCESS_CODE: key safe, door entry, alarm and lockbox codes — the incident's most dangerous field.

A bare four-digit number is everywhere (years, rooms, extensions, invoice lines), so a code only
counts near what makes it an access instruction (access_vocabulary.py): a place or device that
opens (key safe, lockbox, "door pad", "entry panel", gate, "the little box by the door"), or the
parts a hand works on it ("Buttons:", "turn the wheels to"), a verb of entry or keying ("to get
in", "punch in", "then key"), a label over a table column ("Access:", "KS", "Key arrangements")
or another cell of the row ("Entry: keypad | Number: 4821", "… | Details: 4821 by the back door"),
in English or another language staff write, and label words with one slip ("keysaef"). At most a
few words may come between phrase and code, unless "code" or "numbers" bridges them ("Key safe
round the back by the bins, code 4812"), the phrase is specific ("Keys are in the lock box on the
wall by the garage, it's 4812") or it heads the code's cell or line ("Access: key safe round by
the back door behind the big green bush on the left 4812"); none of them may say the number is
something else ("fitted in 2019", "invoice 12345", "SIM PIN"). A phrase just after a code counts
too ("4812 (key safe)"), but not after what reads as a time or a year unless the number is keyed
into the device it names ("punch 1987 into the keypad"); after a weak phrase ("door", "gate") a
year is a year, unless a label mark announces it ("Gate: 2019").

A code is 4–6 digits, a letter and 3–6 digits or digits and a letter ("C1234", "4821A"), digits
spaced or dashed singly ("4 8 2 1") or in two groups ("48 21", "48-21"), glued to a device's
name or to "code" ("KS4821", "KS-4821", "keysafe4821", "Key safe4821", "Door code4821"), or words
("four eight two one"). Several codes in one cell ("4821 / 1357") count one by one.
"""
import re

from . import access_languages, access_vocabulary as vocab
from .contract import Pattern
from .phrases import LABEL_MARKS, LETTER, Words
from ..unicode_clean import skeleton
from .windowed import NOT_AFTER_ONE_DOT, VERB_LINK, WindowedRecognizer

# Not glued to other digits, times (14:30), dates (03/12/2024), decimals, money or ranges,
# nor one group of a longer spaced number ("Lifeline alarm number 01622 334455"). A keypad's
# "#" or "*" may come first ("door code #4821"): a reference's "#" has its word before it.
_BEFORE = r"(?<![\w/,+\-£$€])(?<!\d:)(?<!\d[ \-])(?<!\d\) )" + NOT_AFTER_ONE_DOT
_AFTER = r"(?![\w/£$€%]|[.,:\-]\d|[ \-]\d|\)\s?\d)"  # "(01622) 614002": an area code
_SEPARATORS = re.compile(r"[\s\-,]")
_YEAR = re.compile(r"19\d\d|20\d\d")
_DIGIT_WORD = "(?:%s)" % "|".join(vocab.NUMBER_WORDS)
# Shapes that open with a digit, and a letter before digits ("C1234"): two patterns, so each
# leads with a set re can skip ahead to (digits; a letter before a digit) instead of trying
# every letter of the text.
_DIGIT_SHAPES = r"\d{4,6}|\d{3,6}[A-Z]|\d(?:[ \-]\d){3,5}|\d{2,3}[ \-]\d{2,3}"
_LETTER_SHAPE = r"[A-Z]\d{3,6}"
_WORD_RUN = r"%s(?:[ \-,]{1,2}%s){3,5}(?![\w\-])" % (_DIGIT_WORD, _DIGIT_WORD)
_WORDS = r"(?<![\w\-])" + _WORD_RUN
# A device's name glued to its code, or joined by one dash, dot or slash: "KS4821", "KS-4821", "KS/4821",
# "keysafe4821", "lockbox-4821", "Key safe4821" (a PDF's lines drawn without a separator read so),
# "KSC4821"; and "code" ("Door code4821", "Keysafe code4821": whose code, accepts_phrase() asks).
# Not a place's ("door4821"): a house or a flat may be numbered so.
_GLUED_LABEL = r"(?:k/?sc?|key[\s\-]?safe|lock[\s\-]?box|key[\s\-]?pad|key[\s\-]?code|code)[\-./]?"
_WORD_SPLIT = Words()
_LAST_WORDS = re.compile(r"([a-z]+)\W*$")
# Words between a code and a phrase after it that say nothing of what the number is:
# "1459 is the keysafe", "4821 for the key safe".
_FILLERS = frozenset("is was the for a an to it s its new now one little small big grey black silver".split())  # "4821 is the new one for"


class AccessCodeRecognizer(WindowedRecognizer):
    ENTITY = "ACCESS_CODE"

    PATTERNS = [
        # Digits, digits and letter, spaced digits ("4 8 1 2") or two groups ("48 21"), in one
        # pass; letter and digits; "KS4821"; codes in words. Leading with the first characters'
        # set lets re skip ahead (one pattern with all of them is three times slower).
        Pattern("code", r"(?=\d)%s(?P<value>%s)%s" % (_BEFORE, _DIGIT_SHAPES, _AFTER), 0.5),
        Pattern("letter code", r"(?=[A-Z]\d)%s(?P<value>%s)%s" % (_BEFORE, _LETTER_SHAPE, _AFTER), 0.5),
        Pattern("glued", r"(?=[klc])(?<![a-z])%s(?P<value>[A-Z]?\d{4,6}[A-Z]?|\d{2,3}[ \-]\d{2,3}|%s)%s"
                % (_GLUED_LABEL, _WORD_RUN, _AFTER), 0.5),
        Pattern("words", r"(?=[zotfsen])(?P<value>%s)" % _WORDS, 0.5),
    ]

    CONTEXT = vocab.OBJECTS + vocab.VERBS + vocab.OTHER_LANGUAGES + vocab.LABELS + vocab.SEQUENCE
    TYPO_LABELS = vocab.TYPO_LABELS
    GLUED_PHRASE = (r"(?=[klc])(?<![a-z])%s(?=[A-Z]?\d{4}|\d{2,3}[ \-]\d{2,3}|%s[ \-,])"
                    % (_GLUED_LABEL, _DIGIT_WORD))  # "KS4821" (a key stage has one digit: "KS1")
    CONTEXT_REQUIRED = True
    MAX_GAP_WORDS = 4  # "key safe code for Mrs Smith: 4812"
    # "Key safe is round the back by the bins, code 4821": "code" carries the phrase further.
    LINK_WORDS = frozenset("code pin combination passcode combo numbers digits cde".split())
    # "… the key safe at the bungalow. It's 4821", "> what's the code?\n\nYes, 4821", "New number
    # 4821", "It should be 4821", "Use 4821 and push": told after the sentence that names it.
    TOLD = re.compile(r"""[\s>*\u2022\u00b7\-\u2013]*(?:(?:hi|hello|hiya)\s+[a-z]+[,!]?\s+)?
        (?:(?:yes|yeah|yep|yup|ok|okay|sure|no|correct|right)[,.!]?\s*(?:(?:it'?s|it\sis|that'?s)\s+)?
         |(?:(?:and|but|so)\s+)?(?:it|this|that)(?:'s|s|\sis|\swas|\swill\sbe|\sshould\sbe|\sshould\sread|'s\sactually|\sis\sactually)(?:\snow)?
         |(?:the\s+)?(?:new|correct|right|current)\s+(?:one|code|number|numbers|pin|combination|combo)(?:\s+is|'s|\s+are)?
         |(?:the\s+)?(?:code|number|numbers|combination|combo|pin)(?:\s+is|'s|\s+are)
         |(?:just\s+|please\s+)?(?:use|enter|press|type|punch|punch\s+in|key\s+in|tap\s+in|put\s+in)
         |now)[\s:\-\u2013]*""", re.I | re.X)
    TOLD_CLAUSE = re.compile(r"\s*(?:just\s+|please\s+|so\s+)?(?:use|enter|press|type|punch\s+in|key\s+in|tap\s+in|put\s+in)\s*",
                             re.I)
    BRIDGE_WORDS = 10  # "Keys are in the lock box on the wall by the garage, it's 4821"
    AFTER_GAP_WORDS = 3  # "4821 (key safe)", "code 4821 for the keysafe"
    ROW_LABELS = vocab.CELL_LABELS  # "Name: Al | Entry: keypad | Number: 4821"
    STOP_LOOKBACK = 4
    STOP_WORDS = vocab.STOP_WORDS
    STOP_BEFORE = vocab.STOP_BEFORE
    STOP_AFTER = vocab.STOP_AFTER

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._facts = {}  # (phrase, before, gap) -> what they say (_phrase_facts)

    def accepts_phrase(self, value, phrase, before="", gap=""):
        """Whether the words from phrase to value make the value a code.

        A weak phrase ("door", "gate") does not make a year a code, nor is it a label for a
        number after another noun ("entrance badge 4821"), unless a label mark announces the
        value ("Gate: 2019", "Entry → 1987", "safe by the shed - 4821"); after a noun no phrase
        makes a year a code ("door entry system upgrade 2019"). "opens" does not make a time a
        code. A general phrase ("code", "PIN") does not count after a noun that says whose it is
        ("absence code", "product code"), nor "number" after a thing that is not a device
        ("key number 4821", "door number")."""
        key = _phrase_key(phrase)
        if key in _SEQUENCE:
            # "the tick" is pressed after a code, not before one; but a key pressed first, then
            # the code, is a sequence too: "press the key button then 4821"
            pressed = _WORD_SPLIT.findall(before.lower())[-1:]
            keyed = pressed and pressed[0] in _KEYING and set(_WORD_SPLIT.findall(gap.lower())) <= {"then", "and"}
            return True if keyed and not (_YEAR.fullmatch(value) or _is_time(value)) else None
        if _is_time(value) and key in _PLACES and _AT_THE.search(before) and not (
                gap.rstrip().endswith(_MARKS) or _DEVICE_WORDS.intersection(_WORD_SPLIT.findall(before.lower()))):
            return False  # "meet u at the gate 1430", "at the door now 1430": when, not how
        whose, year_is_year, unlabelled, time_is_time, last = self._phrase_facts(phrase, before, gap)
        if whose:  # "meter box, number 4821": the number's word may link a phrase further back
            return None if _LINKS.intersection(_WORD_SPLIT.findall(gap.lower())) else False
        if year_is_year and _YEAR.fullmatch(value):
            # "Please punch 1919 into the key safe": keyed, a year may be a code; the device
            # named after it decides (accepts_after_context)
            return None if _keys(_WORD_SPLIT.findall((before + phrase + gap).lower())[-2:]) else False
        if unlabelled:
            return None  # not this phrase's value ("entrance badge 4821"); another's, maybe
        if time_is_time and _is_time(self.normalize(value)):
            return False
        return last

    def _phrase_facts(self, phrase, before, gap):
        """What accepts_phrase() decides from the words alone, in its order: (whether the words
        before a general phrase say whose it is, whether a year is a year here, whether the
        phrase labels no value here, whether a time is a time here, the verdict otherwise).
        Remembered: a client list puts the same label before every code."""
        known = self._facts.get((phrase, before, gap))
        if known is not None:
            return known
        key = _phrase_key(phrase)
        foreign = vocab.is_foreign(key)
        weak = foreign or key in vocab.WEAK
        # "the box by the bins 4821": where a device is, then its code (not a year's, nor a time's)
        bare = bool(key in _DEVICES and key not in _PLACES and key not in _CONTROLS and _WHERE_BARE.fullmatch(gap))
        announced = gap.rstrip().endswith(_MARKS + ("-", "\u2013", ",")) or bool(_DESCRIBED.fullmatch(gap)) or bare
        words = _WORD_SPLIT.findall(gap.lower())
        nouns = [w for w in words if w not in vocab.FILLERS
                 and not (key in _OPENING and w in _OPENS_ON)]  # "the gate … opens on 4821"
        general = foreign or key in vocab.GENERIC
        # in the phrase's own clause: "SIM PIN 1234", but not "Key safe fitted - code 4821"
        clause = _CLAUSE_BREAK.split(before)[-1]
        whose = general and any(w in self.STOP_WORDS and w not in vocab.WHO or w in vocab.CODE_OWNERS
                                for w in _WORD_SPLIT.findall(clause.lower())[-2:]) \
            or _identifier_before(clause) \
            or key in _PINS and bool(_PHONE_OR_CARD.intersection(_WORD_SPLIT.findall(before.lower())))
        # "Park near gate 4821", "go to entrance 4821": a place named by its number
        numbered = key in _PLACES and not words and _TO_A_PLACE.search(before) and not (
            _DEVICE_WORDS.intersection(_WORD_SPLIT.findall(clause.lower())))  # "box by back door 4821": the box's
        # "alarm triggered 0245", "keys returned to key safe 0900", but "code reset: 1234"
        happened = not announced and (_is_event(words) if words else _after_event(clause))
        known = (whose,
                 (not announced or bare) and bool(nouns or weak),
                 bool(weak and not announced and (numbered or nouns and not foreign and words[-1] not in _KEYING)),
                 key in vocab.TIMES_TOO and not (words and words[0] in _OPENS_ON) or happened,
                 self._verdict(key, general, foreign, phrase, before, gap))
        if len(self._facts) >= _FACTS_KEPT:
            self._facts.clear()
        self._facts[phrase, before, gap] = known
        return known

    def _verdict(self, key, general, foreign, phrase, before, gap):
        """accepts_phrase()'s answer when neither a year, a time nor another noun decided it."""
        tail = _WORD_SPLIT.findall((before + phrase + gap).lower())[-2:]
        if key in _PLACES and _NUMBER_IS.fullmatch(gap):
            return False  # "Door number is 30766": the house's
        if tail[-1:] and tail[-1] in vocab.NUMBER_WORDS_ANY and tail[0] not in _AT and not gap.lstrip().startswith(",") and (key in vocab.GENERAL_DEVICES or not (
                tail[:1] and tail[0] in vocab.NUMBERED)):
            return False  # "key number 4821", "box number 4821": that thing's number
        if general:
            noun = None if foreign else _NOUN_BEFORE.search(before)  # other word orders
            if noun and _WHERE.search(before):
                return None  # "the key safe under the meter box, number 4821": where, not whose
            if noun and not (_about_access(noun.group(1).lower()) or noun.group(1).lower() in vocab.WHO
                             or self._context.is_phrase(noun.group(1))):
                # "keyssafe code" ("keys safe" written as one word) is about access too;
                # a verb of keying after a noun is not that noun's ("At the scheme press 5870
                # on the keypad"): a phrase after the value may still say what it opens
                if key in _OPENING and _ACCESS_BEFORE.intersection(_WORD_SPLIT.findall(before.lower())):
                    return True  # "The pedestrian gate at Millbrook Court opens on 4821": the gate's
                return self._slipped(before[-24:], phrase) or (None if key in _KEYING_PHRASES else False)
        return True

    def _slipped(self, before, phrase):
        """Whether the word right before `phrase` belongs to a label written with one slip."""
        noun_end = len(before.rstrip())
        return any(hit.start() < noun_end <= hit.end() for hit in self._context.slips(before + phrase))

    def says_otherwise(self, rest, words):
        if "(" in rest or _MANNER.search(rest):
            # an aside says nothing of what the number is: "Alarm code (if set): 4821", "Key
            # safe (fitted by Care & Repair): 4821", "did it on his phone, the numbers are 4821"
            rest = _MANNER.sub(" ", _ASIDE.sub(" ", rest))
            words = tuple(_WORD_SPLIT_DIGITS.findall(rest.lower()))[-self.STOP_LOOKBACK :]
        return self._says_otherwise(rest, words)

    def _says_otherwise(self, rest, words):
        """A stop word, a number named after a noun that is not about access ("client number
        48213", "pendant number is 48213": that thing's), an identifier's abbreviation ("S/N"),
        or kit right before the number ("pendant 48213": its serial)."""
        kit = _KIT.search(rest)
        words = _stopping(words)
        if _HOUSE_NUMBER.search(rest) or _MODEL.search(rest):  # "neighbour at no. 12": a house
            return True
        keyed = [i for i, w in enumerate(words) if w in _KEYING]
        if keyed:  # "buzz flat 4 or use 1506": what comes before the verb of keying is not this number's
            words = words[keyed[-1] + 1 :]
        if _CLIENT_NUMBER.search(rest):  # "the door code for client 17684": theirs ("client: 4821" a label)
            return True
        if super().says_otherwise(rest, words) or _ABBREVIATED_ID.search(rest) or _NI.search(rest) or (
                kit and not _WHERE.search(rest, 0, kit.start())):  # "by the smoke detector 4821"
            return True
        owner = _OWN_NUMBER.search(rest)
        return bool(owner) and not (_about_access(owner.group(1).lower())
                                    or owner.group(1).lower() in vocab.FILLERS)

    def says_after(self, text, start, end):
        """A STOP_AFTER word; a place named right before the number that the words after it say
        has a number: "Door 4821 on level 2", "Gate 4821 at the hospital", and, when the door or
        gate opens its clause, where it is or what state it is in: "Door 46670 on the ward
        corridor", "Gate 39055, Terminal 2", "La puerta 49759 está en el pasillo"; or a time
        before a visit: "alarm 0600 call"."""
        if _STREET.match(text, end) or _SUFFIXED.match(text, end) or _ON_A_LIST.match(text, end) or (
                _BARE_PLACE.search(text, max(0, start - 24), start) and _PLACE_DOES.match(text, end)) or (
                _is_time(text[start:end]) and _DAY.match(text, end)):
            return True
        return (super().says_after(text, start, end)
                or bool(_BARE_PLACE.search(text, max(0, start - 24), start) and _PLACE_TALK.match(text, end))
                or bool(_PLACE_AFTER.match(text, end)) and _opens_clause(text, start)
                or bool(_is_time(text[start:end]) and _A_VISIT.match(text, end)))

    def stop_in(self, words):
        """A stop word among `words`, read as says_otherwise() reads them (_stopping)."""
        return any(w in self.STOP_WORDS for w in _stopping(tuple(words)))

    def after_comma(self, value):
        """A time before a comma is not labelled by a phrase after it: "booked a taxi for 1430,
        the box is being changed" (the next clause's box)."""
        return not _is_time(value)

    def after_gap(self, between):
        """Words that say nothing of what the number is do not count: "4821 is the new one for
        the key safe" is as near as "4821 (key safe)"."""
        return sum(w not in _FILLERS for w in between)

    def stop_before_applies(self, value, word, previous=""):
        """Time and date words before a number make it a time or a year only if it can be one;
        after a verb of opening, "on" names what it opens on ("the lockbox opens on 1038"), and
        after a verb of keying, "C" is the key pressed ("press C, 4821"), not "circa"."""
        if word in _OPENS_ON and previous in vocab.TIMES_TOO or previous in _KEYING:
            return False  # "press C, 4821": a key pressed, not "circa"
        return word in vocab.STOP_QUANTITY or bool(_YEAR.fullmatch(value) or _is_time(value))

    def accepts_link(self, value, phrase, before, gap):
        """A phrase further back labels the value unless the words say whose it is ("SIM PIN,
        then 4821") or that a time is when something happened ("key safe empty, son brought
        keys, arrived 0015"). (Also refusing a general phrase after another noun, as a phrase
        right before the value is, cost codes on parts not tuned on.)"""
        whose, _year, _unlabelled, time_is_time, _last = self._phrase_facts(phrase, before, gap)
        return not (whose or time_is_time and _is_time(self.normalize(value)))

    def describes_phrase(self, gap, value):
        """A device then where it is or what it looks like, then a mark or "is": "box on the wall
        by the bins → 4821", "silver box w/ the flap -> 4821", "box by the meter is 4821"; no
        other number or stop word between, and not for what reads as a year or a time. An aside
        in brackets does not count: "Safe in the hall cupboard (spare keys inside): 4821"."""
        gap = _ASIDE.sub(" ", gap)
        if _YEAR.fullmatch(value) or _is_time(value):
            return False
        if not _DESCRIBED.fullmatch(gap) and not (
                len(_WORD_SPLIT.findall(gap)) <= self.MAX_GAP_WORDS and gap.rstrip().endswith(_MARKS)):
            return False
        words = _WORD_SPLIT.findall(gap.lower())
        return not any(w in self.STOP_WORDS for w in words) and not re.search(r"\d", gap)

    def bridges(self, phrase):
        key = _phrase_key(phrase)
        return key in vocab.STRONG or key in _CODE_WORDS

    def links(self, value, gap):
        """A code word among the words after the last phrase ("Key safe round the back by the
        bins, code 4821"), or a verb right before the value whose subject is that phrase: "the
        beeping panel in the hall needs 4821", "the buttons by the entrance want 4821", "the
        little grey safe by the meter has been reset, it's 4821", "roll it to 4821", "new one is
        4821". Not for a year or a time: "the meeting was changed to 1430"."""
        if super().links(value, gap):
            return True
        told = _VERB_LINK.search(" ".join(gap[-5:])) or (gap[-1:] == ("now",) or gap[-2:] == ("it", "s")
                                                          or gap[-1:] == ("its",)) and _CHANGED.intersection(gap)
        if told and not (_YEAR.fullmatch(value) or _is_time(value)):
            return VERB_LINK  # ... or "was changed by her son on Sunday, now 4821"
        return False

    def heads(self, phrase):
        """A specific phrase or an access label heads a cell: "Access: …", "Key safe: …"."""
        key = _phrase_key(phrase)
        return key in vocab.STRONG or key + ":" in _LABELS

    def gap_owns(self, gap):
        """Another code before this one in its cell does not own the label ("4821 / 1357"),
        but a number before "of" makes this one a total ("box 4821 of 9000")."""
        if gap[-2:-1] and gap[-1] == "of" and gap[-2].isdigit():
            return True
        return any(len(w) > 2 and w.isdigit() and not 4 <= len(w) <= 6 for w in gap)

    def normalize(self, value):
        words = _WORD_SPLIT.findall(value.lower())
        if len(words) >= 4 and all(w in vocab.NUMBER_WORDS for w in words):  # "four eight two one"
            return "".join(vocab.NUMBER_WORDS[w] for w in words)
        return _SEPARATORS.sub("", value).upper()

    def accepts_after_context(self, value, between=(), phrase="", before=()):
        """A label after the number (or in another cell of its row) is weaker than one before:
        not for what reads as a year, nor as a time unless the label follows at once ("1744
        (lock box)", "1459 is the keysafe"): "0800 Mrs Smith (key safe)" on a rota is the
        visit's time, and so is one after what happened ("carer arrived 1415, key safe empty").
        A number keyed into a device it names is a code whatever it reads as ("punch 1919 into
        the key safe", "enter 0930 on the door pad")."""
        said = [w for w in between if w not in _FILLERS]
        key = _phrase_key(phrase)
        if key in _SEQUENCE:  # "4821 then the tick", "4821 followed by the arrow": keyed
            return set(said) <= _THEN
        if between[:1] in (["is"], ["was"]) and not said:
            return True  # "2081 is the code for the key safe": said to be one, whatever it reads as
        if _keys(before) and set(said) <= _INTO and (key in _CONTROLS or key in _DEVICES or not (
                key in vocab.WEAK or key in vocab.GENERIC or vocab.is_foreign(key))):
            return True  # "punch 1919 into the key safe", "use 4821 on the panel"
        if said == ["on"] and key in _DEVICES and not (_YEAR.fullmatch(value) or _is_time(value)):
            return True  # "0085Y on the box": what it is put on
        if before[-1:] and before[-1] in _USE and set(said) <= _AT_PLACE and (key in _PLACES or key in vocab.STRONG):
            return True  # "use 2725B at side gate"
        if tuple(before[-2:]) in _IT_IS and set(said) <= _AT_PLACE and key in _PLACES and not (
                _YEAR.fullmatch(value) or _is_time(value)):
            return True  # "Hi Jen, it's 4821 at the main door"
        if said and (key in vocab.WEAK or vocab.is_foreign(key)) and not self._slipped(
                " ".join(said) + " ", phrase):
            return False  # "space 4821 by the entrance": the entrance is where, not what
        if not value.isdigit():  # "20 49", "four eight two one": neither a year nor a time
            return True
        return not (_YEAR.fullmatch(value) or ((said or before and _is_event(before)) and _is_time(value)))


_MARKS = tuple(LABEL_MARKS)


def _words_of(phrases):
    """Every word of these phrases."""
    return frozenset(w for p in phrases for w in re.findall(r"[^\W\d_]+", p))



_CHANGED = frozenset("changed reset updated swapped replaced".split())
_AT_THE = re.compile(r"\b(?:at|to|outside)[ \t]+(?:the|a|your|his|her|their|mums?|dads?)[ \t]+$", re.I)
# ... unless a device before it claims the number ("key safe at the back door: 1234")
_DEVICE_WORDS = _words_of(vocab.DEVICES) - {"the", "little", "on", "wall"}
# A PIN in a sentence about a phone or a card is theirs: "new SIM for dads phone, PIN 4821"
_PINS = frozenset(["pin", "pin number", "pin no"])
_PHONE_OR_CARD = frozenset("sim phone mobile card bank debit credit puk handset tablet ipad laptop".split())
_ASIDE = re.compile(r"\([^()]*\)")
_WHERE_BARE = re.compile(r"[ \t]+(?:on|by|at|in|near|behind|under|beside|round|next[ \t]+to)[ \t]+(?:the[ \t]+)?"
                         r"(?:(?!(?:is|are|was|as)[ \t])[^\W\d_]+[ \t]+){1,3}")
_OPENING = frozenset(("opens", "opens with", "unlocks", "opened with", "opens it with"))
# ... and the named places and devices a verb of opening may have as its subject (not "box", "safe")
_ACCESS_BEFORE = (_DEVICE_WORDS | _words_of(vocab.PLACES)) - {"box", "safe", "lock", "alarm"}
# A maker's model: "is a Videx 48213", "it's an Entrotec 4821"
_MODEL = re.compile(r"\b(?:is|was|it'?s)[ \t]+an?[ \t]+[A-Z][a-z]+[ \t]*$")
_MANNER = re.compile(r"\b(?:on|by|over)[ \t]+(?:(?:the|his|her|my|their|your)[ \t]+)?(?:phone|text|email|whatsapp)\b", re.I)
_WORD_SPLIT_DIGITS = Words(digits=True)  # as windowed reads words
# Where a device is, or what it has, between it and its value ("on the wall by the bins →",
# "w/ the flap ->", "by the meter is", "on the gatepost,"): at most ten words, then a mark.
_DESCRIBED = re.compile(r"[ \t]+(?:on|by|at|in|near|next[ \t]+to|behind|under|beside|inside|outside|round|around"
                        r"|left[ \t]+of|right[ \t]+of|with|w/)\b(?:[ \t]*[^\W\d_/]+[’']?s?){1,10}"
                        r"(?:[ \t]*(?:[%s]|->|=>|,)[ \t]*(?:(?:it'?s|it[ \t]+is)[ \t]+)?|[ \t]+(?:is|are|as|=)(?:[ \t]+now)?[ \t]+)"
                        % re.escape(LABEL_MARKS))
_SEQUENCE = frozenset(vocab.SEQUENCE)
_THEN = frozenset("then followed by and press hit push pushed pressed in order you turn wait for".split())  # "4821 pressed in order then"
# Words for the code itself, in any language: opening a sentence, they reach its value ("The numbers
# for the pad next to the lift are 4821", "Cod y giât i'r maes parcio yw 4821").
_CODE_WORDS = (frozenset(access_languages.CODE_WORDS) | frozenset(map(skeleton, access_languages.CODE_WORDS))
               | frozenset("code numbers combination combo digits".split()))
# A verb right before a value, its subject an access phrase further back (links()); the words are
# _WORD's ("it's" is "it s").
_VERB_LINK = re.compile(r"""(?:^|\s)(?:
    (?:needs|need|wants|want|takes|take|requires|require|accepts)
  | (?:set|reset|changed|change|changes|switched|rolled|roll|turn|turned|spin|spun|moved|updated|line|lined
      |newid|mudou|mudado|cambiado|cambió|cambio|zmieniony|zmienił|zmienil|schimbat|cambiato)
    (?:\s(?:it|them|each\swheel|the(?:\s[a-z]+){1,2}))?(?:\sback)?\s(?:to|up|i|para|a|na|în|in|pe)
  | (?:reset|changed|updated|done|swapped)\s(?:it\ss|it\sis|its|now)
  | new\s(?:one|ones|numbers)(?:\s(?:is|s|are))?
  | (?:it\ss|it\sis|its)\snow | now\s(?:it\ss|it\sis|its)
  | (?:said|says|say|told\s[a-z]+|confirmed|confirms)\s(?:it\swas|it\sis|it\ss|its)(?:\s(?:actually|now))?
)$""", re.X)
# What the words right after a number make it: a house's on its street ("is now 18 Station Rd"),
# a time's day ("coming 0930 Monday"), a time or a year in the other languages staff write ("1000
# vaje", "1800-kor", "2019 vich": o'clock, at, in).
_STREET = re.compile(r"[ \t]+(?:%s)\b" % "|".join(vocab.STREETS), re.I)
_DAY = re.compile(r"[ \t]+(?:%s)\b" % "|".join(vocab.DAYS), re.I)
_SUFFIXED = re.compile(r"-(?:kor|ig|tól|től|tol|ra|re)\b", re.I)
_LABELS = frozenset(vocab.LABELS)
_FACTS_KEPT = 4096  # label readings remembered (_phrase_facts); then forgotten at once
_KEYING = frozenset("use enter press type punch tap dial key input push hit put unset disarm".split())
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")  # "fitted - new code 4821"
_INTO = frozenset("into in on onto".split())  # "punch 1919 into the key safe"
_LINKS = AccessCodeRecognizer.LINK_WORDS | {"number"}  # words for the code itself
_NUMBER_IS = re.compile(r"[ \t]+(?:number|no\.?)[ \t]+(?:is|was)[ \t]*", re.I)
_A_VISIT = re.compile(r"[ \t]+(?:call|calls|visit|visits|run|slot)\b", re.I)
_DEVICES = frozenset(vocab.DEVICES)
_CLIENT_NUMBER = re.compile(r"\bclients?[ \t]+$", re.I)
_HOUSE_NUMBER = re.compile(r"\b(?:at|lives|live|living)[ \t]+(?:no\.?|number)[ \t]*$", re.I)
# After a number, a list or a paper it is on: an entry's, an item's, a map pin's ("entry 4821 on the
# key register", "code 4821 on the PPE order", "pin 4821 on the noticeboard").
_ON_A_LIST = re.compile(r"[ \t]+(?!in[ \t]+order\b)(?:on|in|from)[ \t]+(?:the[ \t]+|a[ \t]+|our[ \t]+)?(?:[^\W\d_]+[ \t]+){0,2}"
                        r"(?:register|order|orders|invoice|receipt|catalogue|list|noticeboard|notice[ \t]+board|map"
                        r"|stock|letter|spreadsheet|database)\b", re.I)
# What a door or gate named by its number does or has: "door 4821 jammed again", "Door 4821 has a
# code lock", "Door 4821 = Mrs Patel", "Gate 4821 from the main car park", "gate 4821 car park".
_PLACE_DOES = re.compile(r"[ \t]*(?:=[ \t]*(?:mr|mrs|ms|miss|dr)\b|(?:jammed|jams|sticks|sticking|stuck|broken|broke"
                         r"|has|had|won'?t|doesn'?t|from|car[ \t-]?park|for[ \t]+(?:outpatients|visitors|deliveries"
                         r"|staff|patients))\b)", re.I)
_USE = frozenset("use gamitin".split())  # "use 2725B at side gate" ("gamitin": Tagalog "use")
_AT_PLACE = _INTO | {"at", "for", "sa"}
_IT_IS = {("it", "s"), ("it", "is"), ("its",)}
_AT = frozenset("at to from near opposite".split())  # "Lockbox at no.7 = 4821": a house's number, not the lockbox's
_PLACES = frozenset(vocab.PLACES)
_PLACE_AT_END = re.compile(r"(?<![\w:\-])(?:%s)[ \t]+$" % "|".join(
    map(re.escape, sorted(vocab.PLACES + access_languages.PLACES, key=len, reverse=True))), re.I)
_CLAUSE_OR_LINE = re.compile(r"[,;:()\u2013\u2014\n.!?|]|\s-\s")
# After a place's number: where it is, or what state it is in ("on the ward corridor", "está en el
# pasillo", "open for deliveries", ", Terminal 2")
_PLACE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:(?:is|está|este|jest|sits)[ \t]+)?(?:on|in|at|inside|along|off"
                          r"|en|în|pe|w|na)[ \t]+(?!(?:(?:the|a|an)[ \t]+)?(?:back|front|side|rear|left|right|end|top"
                          r"|bottom)\b)|(?:terminal|ward|wing|level|floor|corridor|block|departures|arrivals|car[ \t-]?park)\b"
                          r"|(?:open|opens|closed|closes|propped|must|leads)\b)", re.I)


_CONTROLS = frozenset(vocab.CONTROLS)
_KEYING_PHRASES = frozenset(vocab.KEYING_VERBS)
_TO_A_PLACE = re.compile(r"\b(?:%s)[ \t]+$" % "|".join(vocab.TO_A_PLACE), re.I)
_BARE_PLACE = re.compile(r"(?<![\w:\-])(?:%s)[ \t]+$" % "|".join(
    map(re.escape, sorted(vocab.PLACES, key=len, reverse=True))), re.I)
_CALLED_A_CODE = r"(?![^,.;\n]*\b(?:code|pin|number|combination|combo)\b)"  # "Door 4821 is the new code"
_PLACE_TALK = re.compile(r"""[ \t]*(?:
    ,?[ \t]*(?:(?:on|of|in)[ \t]+)?(?:the[ \t]+)?(?:(?:%s)|(?:%s|\d+(?:st|nd|rd|th))[ \t]+floor)\b
  | [ \t]at[ \t]+the[ \t]+(?:%s)\b
  | [ \t](?:is|was|are|stays)[ \t]+%s(?:%s|the[ \t]+[a-z])
)""" % ("|".join(vocab.STOREYS), "|".join(vocab.FLOORS), "|".join(vocab.BUILDINGS), _CALLED_A_CODE,
        "|".join(vocab.PLACE_STATES)), re.I | re.X)
# Words that may come between an event and the phrase a time follows ("returned to the key safe 0900")
_TO_THE = frozenset("to the into in a from by at on".split())
_OPENS_ON = frozenset("on with using".split())  # "opens on 1038": not a time  # "…, if no answer use 4821"
# The word right before a phrase, with only spaces between ("absence code"), or before a
# possessive particle there ("darwaze ka code": the door's code); a single letter is a form's
# answer, not an owner ("Keysafe Y/N: Y  Code: 4821").
_NOUN_BEFORE = re.compile(r"(%s{2,})[ \t]+(?:(?:%s)[ \t]+)?$" % (LETTER, "|".join(sorted(vocab.POSSESSIVE))), re.I)


# "client number 48213", "pendant no. 48213", "the pendant number is 48213": the noun right before.
_OWN_NUMBER = re.compile(r"(%s{3,})[ \t]+(?:%s)\b[ \t.:#]*(?:(?:is|was)[ \t]+)?$"
                         % (LETTER, "|".join(vocab.OWN_NUMBER_NAMES)), re.I)
# "by the smoke detector", "next to a sensor": where the key safe is, not which kit
_WHERE = re.compile(r"\b(?:%s)[ \t]+(?:the|a|an|their|her|his)[ \t]+(?:[^\W\d_]+[ \t]+)?$"
                    % "|".join(vocab.WHERE), re.I)
_KIT = re.compile(r"\b(?:%s)(?:[ \t]+(?:says|reads|shows))?[ \t]+$" % "|".join(vocab.KIT), re.I)
# National Insurance, in capitals: lower-case "ni" is Tagalog's "of" before a name ("ang code
# ng key safe ni Lola ay 4821").
_NI = re.compile(r"\bNI\b")
_ABBREVIATED_ID = re.compile(r"(?<![\w/])(?:%s)(?![\w/])" % "|".join(map(re.escape, vocab.ID_ABBREVIATIONS)), re.I)


def _stopping(words):
    """The words that may stop a number, of the words before it: not a carer's or a visitor's
    ("staff use 4632"), nor a word that names a place by a short number of its own ("Door entry
    for Flat 4, Cedar Lodge: 4821"), nor "set" of "set it to", "on-call", nor a phone or a text
    one is told by ("did it on his phone, the numbers are 4821")."""
    return tuple(w for w, after, before, earlier in zip(words, words[1:] + ("",), ("",) + words[:-1],
                                                         ("", "") + words[:-2])
                 if not (w in vocab.WHO and (after in _KEYING or after in _LINKS)  # "staff use 4632"
                         or w in _NUMBERED_HOMES and after.isdigit() and len(after) <= 3
                         or w == "set" and after in ("to", "it", "back") or w == "call" and before == "on"
                         or w in _TOLD_BY and (before in _BY or earlier in _BY)))


_TOLD_BY = frozenset("phone text email whatsapp".split())
# Homes named by a short number of their own ("Flat 4"): a stop word before a code's label, not before
# the code ("ext 12", "item 4", "stage 2" still stop: measured, letting them through raised false alarms).
_NUMBERED_HOMES = frozenset("flat room unit apartment apt suite plot block bungalow".split())
_BY = frozenset("on by over".split())


def _is_event(words):
    """Whether the last words say what happened ("triggered", "went off")."""
    return words[-1] in vocab.EVENT_VERBS or " ".join(words[-2:]) in vocab.EVENT_VERBS


def _after_event(clause):
    """Whether a phrase follows a verb of something that happened ("keys returned to the key
    safe 0900", "found the gate 1730"): a time after the phrase is when."""
    for word in reversed(_WORD_SPLIT.findall(clause.lower())):
        if word not in _TO_THE and word not in vocab.ACCESS_WORDS:  # "key" of a phrase read as "safe"
            return word in vocab.EVENT_VERBS
    return False


def _opens_clause(text, start):
    """Whether a door or gate stands right before `start` with at most two words before it in its
    clause, none about access ("Fire door 14178", "La puerta 49759"; not "Key safe by the door
    4821 on the left")."""
    head = text[max(0, start - 60) : start]
    place = _PLACE_AT_END.search(head)
    if place is None:
        return False
    opening = _WORD_SPLIT.findall(_CLAUSE_OR_LINE.split(head[: place.start()])[-1].lower())
    return len(opening) <= 2 and not any(_about_access(w) for w in opening)


def _identifier_before(clause):
    """Whether an identifier's noun comes before the phrase in its clause, with only numbering,
    linking and access words between: "Order number for the key safe: 56542", "Número da
    encomenda do cadeado: 23936" — the order's number, though a lock is named."""
    words = _WORD_SPLIT.findall(clause.lower())
    owner = 0  # "the invoice for Auntie Grace's new key safe": the owner's name may stand between
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if word in vocab.IDENTIFIERS:
            return True
        if word == "s" and i and not owner:
            owner = 3  # "s" and at most two words of a name before it
        if owner:
            owner -= 1
            continue
        if not (word in vocab.IDENTIFIER_LINKS or word in vocab.ACCESS_WORDS or vocab.is_foreign(word)):
            return False
    return False


def _about_access(word):
    return word in vocab.QUALIFIERS or word in vocab.ACCESS_WORDS or vocab.is_foreign(word)


def _keys(words):
    """Whether the last words before a number key it in ("punch", "key in", "then type"); "put
    in" before a year is an installation ("was put in 1987")."""
    return bool(words) and (words[-1] in _KEYING and words[-1] != "use" or (
        words[-1] == "in" and len(words) > 1 and words[-2] in _KEYING and words[-2] != "put"))


def _phrase_key(phrase):
    """A phrase as the vocabulary writes it: lower case, single spaces, no punctuation."""
    return " ".join(_WORD_SPLIT.findall(phrase.lower()))


def _is_time(digits):
    return len(digits) == 4 and digits.isdigit() and digits[:2] < "24" and digits[2:] < "60"


def mask(code: str) -> str:
    """A code as people may see it in a warning: the first two characters, the rest starred."""
    return code[:2] + "*" * max(len(code) - 2, 2)
