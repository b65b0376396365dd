"""What an access instruction is made of, as data: the places a code opens, the devices that take
one (and their synonyms, short forms and other languages), the words for the code itself, the
verbs of entry and keying, the labels a list puts over a code, and the words that say a number
is something else. access_code.py reads these.

Phrases are composed the way people compose them: a place or a qualifier and a device head
("door pad", "entry panel", "gate keypad", "alarm panel"), and a place or a device and a code word
("door code", "lockbox pin", "keypad combination", "safe numbers").

A code counts when one of these phrases comes just before it (or, for what cannot be a time or
a year, just after it); see access_code.py for the shapes of a code.
"""
import re

from ..unicode_clean import skeleton
from .phrases import LETTERS
from . import access_languages


def _words(text):
    return [w.strip() for w in text.replace("\n", "|").split("|") if w.strip()]


# Where a code lets you in. Alone these are weak: "door 2019" may be a year.
PLACES = _words("""door|front door|back door|side door|main door|flat door|porch|porch door
patio door|gate|front gate|back gate|side gate|garden gate|entrance|front entrance|main entrance
side entrance|back entrance|communal door|communal entrance|block entrance|doors|🚪
bk door|bk dr|back dr|front dr|frnt door|frnt dr|entry|building entry|main entry|front entry|gates
side dr|main dr|flat dr|communal dr|block dr|porch dr|patio dr|bin store|bike store|communal""")
# ... and places that name where a code opens only with a device or code word after them.
PLACE_QUALIFIERS = PLACES + _words("garage|shed|building|block|flat|house|property|communal")
# A device described by the parts a hand works rather than named: "Buttons: 4821", "turn the
# wheels to 4821", "numbers on the pad are 4821". Weak and general, as "box" is: a year after
# them is a year, and a noun before them says whose they are ("lift buttons", "note pad").
CONTROLS = _words("""buttons|push buttons|the buttons|wheels|the wheels|tumblers|rollers|pad
the pad|the keys on the pad|panel|the panel""")
# Devices that hold keys or take a code, named or described.
DEVICES = _words("""key safe|keysafe|key box|keybox|lock box|lockbox|key cabinet|key cupboard
key holder|keyholder|key holder box|key store|key lock|key code|keycode|padlock|combination lock
combi lock|digital lock|coded lock|code lock|keypad|key pad|intercom|buzzer|door entry
entry system|entry phone|entryphone|door phone|alarm|fob|safe|lock|box|dial|dials|little box
grey box|black box|metal box|small box|ks|k/s|k.s|🔑|🔐|🔒|🔓|🗝|🔢|⌨
key vault|keyvault|key locker|key pod|key guard|security box|secure box|code box|coded box
numpad|num pad|number pad|touchpad|touch pad|pinpad|pin pad|codepad|code pad|button lock
push button lock|pushbutton lock|smart lock|keyless lock
ksc|k.s.c|k safe|digi lock|supra box|alrm|key sef|keysef|key seif|keyseif
thing on the wall|wall thing|the wall thing|dial one|the dial one|push button one|button one
beeping thing|the beeping thing|dial box|wheel box|wheel lock|number box|numbers box
safe thing|the safe thing|silver thing|the silver thing|key thing|the key thing|🔑 thing|lock thing
box thing|code thing|number thing|numbers thing|key holder thing|keypad thing
gadget|the gadget|flap box|the flap box|twisty lock|dial padlock""") + CONTROLS
# A general device's number is that thing's number ("box number", "lock no."), not a code.
GENERAL_DEVICES = _GENERAL_DEVICES = frozenset(_words("""safe|lock|box|dial|dials|fob|alarm|buzzer|intercom
little box|grey box|black box|metal box|small box""") + CONTROLS)
# Heads that name a device only after a place or qualifier: "door pad", "entry panel".
DEVICE_HEADS = _words("pad|panel|keypad|lock|box|safe|alarm|buzzer|intercom|system|dial")
HEAD_QUALIFIERS = PLACE_QUALIFIERS + _words("entry|number|access|digital|coded|key|keys|code|wall|alarm|beeping")
# Words for the code itself. "Number" and "no." only after a device: a door or house number,
# a key's tag number, is an address or a label, not a code.
CODE_WORDS = _words("code|codes|pin|pin number|combination|combo|combi|passcode|digits|code number|cde")
# Places that take a code but are named with a code word only ("lift code", "barrier code").
CODED_PLACES = _words("lift|lobby|barrier|car park|bin store|bike store|stairwell|annexe|annex")
# "cd", typed for "code" after a place or a key safe's short name ("door cd", "ks cd"); alone it
# is a disc.
SHORT_CODE_PAIRS = [(q, "cd") for q in PLACES + _words("ks|k/s|keysafe|key safe|alarm|entry|access")]
NUMBER_NAMES = _words("number|numbers|no|no.")
CODE_QUALIFIERS = PLACE_QUALIFIERS + DEVICES + _words("entry|access|alarm|key|keys|buzz") + CODED_PLACES

# (qualifier, head) of each composed phrase
_PAIRS = ([(q, h) for q in HEAD_QUALIFIERS for h in DEVICE_HEADS]
          + [(q, c) for q in CODE_QUALIFIERS if q[0].isalpha() for c in CODE_WORDS] + SHORT_CODE_PAIRS
          + [(d, n) for d in DEVICES if d[0].isalpha() and d not in _GENERAL_DEVICES
             for n in NUMBER_NAMES])
COMPOUNDS = {f"{q} {h}" for q, h in _PAIRS}
# Not "access" alone ("access 3312" in a rota cell is a code, but more often it is something
# else's number: measured, it raised false alarms on parts not tuned on). "Access:" is a label.
OBJECTS = sorted(set(PLACES + DEVICES + CODE_WORDS + ["the number"]) | COMPOUNDS)

# Verbs and sentences of getting in or keying a code.
ENTRY_VERBS = _words("""to get in|get in|getting in|to get into|get into|getting into|let yourself in|let yourselves in|let themselves in
let you in|let herself in|let himself in|gain entry|gain access|release the key|releases
get the key|get the keys|keys are in|key is in|turn the dial|turn the dials|turn the wheels
unset|unset it|disarm|to disarm|turn off the alarm|gets you in|get you in|gets you into
get you into|lets you in|lets you into|let you into|will let you in|will get you in|opens it up
roll the numbers|roll the numbers off|scramble the numbers|spin the numbers|roll the dials""")
# "Pop in" is a visit as often as a keying ("pop in 0930 for a cuppa"): see TIMES_TOO below.
VISIT_VERBS = _words("pop in|pop it in")
KEYING_VERBS = _words("""to enter|enter|punch in|punch|key in|keying in|tap in|type in|press|unlock
opened with|opened it with|open it with|opens it with
unlocks|unlocking|to open|open it|opens|open the|opens with|turn to|type|tap|input|input in
push|push in|hit|enter in|dial in|buzz|buzz in|put in|try
reset with|reset it with|unset with|unset it with|turn it off with|turned it off with|switch it off with
switched it off with|disarm with|disarmed with|disarm it with|silence it with|silenced it with""") + VISIT_VERBS
# What is pressed or done after the code, in a keyed sequence: "4821 then the tick", "4821
# followed by the arrow", "4821 + key symbol", "4821 then pull the lever down". They label only a
# value before them (access_code.py).
SEQUENCE = _words("""tick|the tick|arrow|the arrow|up arrow|the up arrow|key symbol|the key symbol
key button|the key button|bell sign|the bell sign|bell symbol|the bell symbol|enter key|the enter key
hash key|the hash key|the hash|hash|star key|the star key|✓|✔|✅|⬆|↑|🔓|🔑 symbol|🔑 button
pull down|push down|press down|pull the lever|push the lever|pull the lever down|push the lever down
pull the bottom down|pull the handle|pull the handle down|turn the handle|turn the handle down
slide the bar|slide the bar down|slide the cover|pull the flap|slide down|press the button down
lever|the lever|the little lever|knob|the knob|turn the knob|# button|the # button|hash button|the hash button
green light|the green light|green tick|the green tick|green button|the green button
tick button|the tick button|key button|the key button|pull the shackle|the shackle""")
# "Key" is a verb of keying as often as the thing itself: a verb only after a word that announces
# one ("then key 4821", "you need to key 4821", "please key 4821"); "Key: 4821" is a label.
VERB_MARKERS = _words("then|and|please|just|simply|to|you|now|first")
KEYED = [f"{marker} {verb}" for marker in VERB_MARKERS for verb in _words("key|key it|key in")]
KEYING_VERBS += KEYED
VERBS = ENTRY_VERBS + KEYING_VERBS

OTHER_LANGUAGES = access_languages.ALL
POSSESSIVE = access_languages.POSSESSIVE  # "darwaze ka code": the owner is the word before "ka"
# ... as the recognizers read them (look-alike skeleton): whole words, and stems ("klucz").
FOREIGN = frozenset(skeleton(w) for w in OTHER_LANGUAGES if not w.endswith("*"))
FOREIGN_STEMS = tuple(skeleton(w[:-1]) for w in OTHER_LANGUAGES if w.endswith("*"))

# Labels only (a table header, "Access:" before a value): "access to work" is prose.
# Composed as a form composes them: what is got into or held, and what is said about it ("Key
# arrangements:", "Entry to property:", "Door info:", "Access & security:").
_LABEL_HEADS = _words("access|entry|key|keys|door|property|getting in|way in|gaining entry|gaining access")
_LABEL_TAILS = _words("""info|information|details|notes|instructions|arrangements|arrangement|method
location|access|to property|to the property|to home|& security|and security""")
LABELS = [f"{label}:" for label in _words("how to access|how to get in")
          + [h for h in _LABEL_HEADS if h != "property"]
          + [f"{h} {t}" for h in _LABEL_HEADS for t in _LABEL_TAILS]]

# The label of a value's own table cell when another cell of the row says what it opens
# ("Entry: keypad | Number: 4821"): words for the code itself, and nothing else.
CELL_LABELS = frozenset(_words("""number|numbers|no|code|codes|pin|combination|combo|digits
details|detail|value|info|new|answer|response"""))  # a form's "Question | Answer" columns

# Hand-typed with one slip ("keysaef", "lokcbox"): words of at least five letters.
TYPO_LABELS = ("key safe", "keysafe", "lockbox", "lock box", "key box", "keybox", "keycode",
               "key code", "padlock", "keypad", "combination", "entrance", "alarm code", "door code",
               "entry code", "access code", "gate code", "passcode", "intercom")

# Weak phrases (the whole phrase): a year after them is a year ("door 2019"), not a code.
WEAK = frozenset(PLACES + VISIT_VERBS + _words("""entry|access|alarm|safe|lock|box|dial|digits
the number|code|codes|pin|enter|to enter|press|punch|open|opens|open it|open the|to open|fob
combination|combi|combo|buzzer|intercom|little box|grey box|black box|metal box|small box|dials
push|hit|input|type|tap|type in|tap in|key in|punch in|input in|push in|dial in|enter in|put in|try""")
                 + CONTROLS + KEYED)
# ... and after these even a time is a time ("gate opens 0800", "door 0730", "carer let herself
# in 1745": someone's entry told, not how to make one).
TIMES_TOO = frozenset(_words("opens|open|closes|closed|let herself in|let himself in|let themselves in|put in|try"))
# Phrases too general to stand alone: the words before them must not say what the number is
# ("product code 48213", "SIM PIN 1234", "PO Box 1234").
_GENERAL = _words("""code|codes|pin|number|numbers|the number|pin number|box|little box|grey box
black box|metal box|small box|safe|lock|dial|dials|digits|combination|passcode|combo|combi|press
enter|punch|open|opens|key|keys|to enter|open it|open the|code number|push|hit|input""") + CONTROLS
# ... and compounds of a general word ("box number", "lock code": "PO Box number 1234").
GENERIC = frozenset(_GENERAL + [f"{q} {h}" for q, h in _PAIRS if q in _GENERAL
                                        and f"{q} {h}" not in DEVICES])
# Words of other languages (FOREIGN, FOREIGN_STEMS) are both weak and general: see is_foreign().
# Phrases that may reach a code further on in their sentence ("Keys are in the lock box on the
# wall by the garage, it's 4821"): the specific ones, neither weak nor general nor a bare verb.
STRONG = frozenset(p for p in OBJECTS + ENTRY_VERBS if p not in WEAK and p not in GENERIC)
# After a verb that is also a visit, a time is when ("pop in 0930"), as after "opens".
TIMES_TOO = TIMES_TOO | frozenset(VISIT_VERBS)

NUMBER_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

# A number after these (within a few words) is something else.
STOP_WORDS = frozenset(
    """year years fitted installed bought ordered set time times clock date dated test tested
    testing check checked call calls service serviced po room ext extension tel phone
    mobile fax invoice inv order ref reference account acct company reg registration vat
    serial model part item page version price cost costs paid pay total conduct
    policy product promo discount voucher tracking booking confirmation ticket job batch
    incident case issue visit visits practice unit flat plot suite
    supra master masterlock sim card bank debit credit chip atm cash wifi wi fi router
    broadband voicemail laptop computer tablet ipad login log password otp verification
    verify authentication activation security cvv cvc tax sort area dialling dial-up zip
    postal sic ods course module exam error fault qr bar barcode coupon budget cost
    charity source bus route train platform gate-number flight stage key-stage stages rooms
    floor level bed ward bay seat line lines patient nhs hospital number-plate reg-plate
    isbn issn edition doi lot size sizes width height weight length mg ml dose doses tablet
    tablets pack packs box-number parcel parcels delivery deliveries catalogue stock sku
    staff employee payroll national insurance claim claims pension member membership
    customer client-number licence license rental rent hire fee fees subscription permit weighs weighed weight measures measured measuring
    sized priced capacity holds id amount contains containing contract agreement quote quoted
    quotation estimate estimated""".split()
    # what else an office numbers: things' identifiers, homes ("apartment 1204"), standards
    # ("LPS 1175", "BS 8607"), makers ("Yale 66723"), jobs, requests and complaints ("key safe
    # installation 48213"), money ("refund 48213") and postcodes
    + """asset sn wo referral referrals repair repairs apartment apt maisonette lps bs iso imei
    yale burton squire installation installations install fitting firmware software request
    requests audit audits inspection assessment survey complaint complaints alert alerts concern
    concerns datix zone zones form forms grant grants application applications psu payment payments refund refunds deposit receipt receipts postcode postcodes""".split()
    # "acc ending 12981", "card ending 4821": an account's, a card's last digits
    + "acc ending ends badge badges lanyard warranty guarantee".split()
    # quantities ("keysafe qty 12"), reports, a key's hook. Not "x" (a kiss as often as "times")
    # nor "battery" (a keypad's battery is talked of beside its code): measured, both cost codes
    # on parts not tuned on.
    + "qty quantity quantities report reports hook hooks slip slips odometer odo timesheet timesheets training".split()
    + "register registers".split()  # "fob register entry 4829"
    + "mileage miles".split()
    + access_languages.IDENTIFIERS + [skeleton(w) for w in access_languages.IDENTIFIERS]
)
# Right before a general phrase ("code", "PIN"), these say whose code it is, as a stop word does:
# "battery code on the screen says E2389", "dress code: tunic".
CODE_OWNERS = frozenset("battery batteries error fault dress uniform screen display".split())
# A number's own name after a noun that is not about access says whose number it is ("client
# number 48213", "the alarm pendant number is 48213"); so do identifiers abbreviated with a slash
# ("S/N 48213", "P/N", "W/O"). access_code.py reads these.
OWN_NUMBER_NAMES = _words("number|no|num|nr")
ID_ABBREVIATIONS = _words("s/n|p/n|m/n|w/o|a/c")
# Kit that has a serial but takes no code: a number right after one is its serial ("alarm
# pendant 48213", "door sensor 48213", "the sticker says 48213"); not after a comma ("next to the
# alarm sensor, 4821": where the key safe is).
KIT = _words("""tag|tags|label|labels|sticker|device|devices|pendant|pendants|sensor|sensors
detector|detectors|handset|hub|battery|batteries""")
# ... nor when the words before the kit say where ("by the smoke detector 4821").
WHERE = _words("by|near|next to|under|above|below|beside|behind|on|over|at|inside|outside|opposite")
# What happened, in the past tense: a time right after one (or after the phrase it comes before)
# is when it happened ("alarm triggered 0245", "keys returned to key safe 0900"), unless a label
# mark announces it ("code reset: 1234"). Not the keying verbs' ("entered 1234", "typed"; but a
# pendant is "pressed 0340"), nor "left" (a side: "on the left 1234"), nor "changed", "updated"
# ("door code updated 1234").
EVENT_VERBS = frozenset(_words("""triggered|activated|raised|pressed|sounded|rang|reset|returned
collected|opened|closed|locked|unlocked|shut|found|attended|arrived|logged|reported|received
answered|armed|disarmed|responded|cancelled|buzzed|pulled|tripped|accessed|secured|noted
recorded|heard|called|phoned|visited|delivered|replaced|repaired|removed|fixed|went off|gone off
came|come|coming|comes
booked|rebooked|scheduled|arranged|planned|expected|discharged|admitted"""))
# A place after one of these, with no article, is named by its number ("park near gate 4821",
# "go to entrance 4821"): that number is not a code, unless a device before claims it ("key safe
# by front door 4821").
TO_A_PLACE = _words("to|at|near|via|through|from|opposite|past|towards|outside|by|in|into")
# ... and so is one the words after its number place in a building or say it is open or shut
# ("Door 4821 on level 2", "Door 4821, second floor", "Gate 4821 at the hospital", "Ward door 4821
# is locked at night", "Door 4821 is the sluice"), unless they call the number a code.
STOREYS = _words("level|floor|wing|ward|corridor")
FLOORS = _words("ground|first|second|third|fourth|fifth|top|lower|upper")
BUILDINGS = _words("hospital|station|school|clinic|surgery|centre|center|office|library|car park")
PLACE_STATES = _words("locked|closed|shut|open|alarmed|staffed")
# Right before a number these make it a year or a time (when it can be one: "on 4821" cannot;
# "since March 2019", "fitted Oct 2021")...
STOP_BEFORE = frozenset(
    """in on at by since from until till before after during between daily weekdays
    weekends monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri
    saturday sat sunday sun around about approx approximately circa c nearly over under
    than each per every january jan february feb march mar april apr may june jun july jul
    august aug september sep sept october oct november nov december dec
    due expected booked scheduled arrive arrives arrival""".split()  # "carer due 1530, gate will be open"
    # "the hour" before a time in Arabic ("الساعة 0915")
    + "الساعة ساعة".split()
    # "tomorrow" before a time in the other languages ("naale 0930 nu varum", "jutro o 0930")
    + "naale nale kal jutro mâine maine mañana manana domani amanhã amanha".split()
    # "at" before a time in Russian, Ukrainian, Greek and Persian ("в 2130", "στις 2130", "ساعت
    # 2130"), also as the look-alike skeleton reads them ("b", "otiς")
    + ["в", "о", "στις", "ساعت"] + [skeleton(w) for w in ("в", "στις")]
    # "at" before a time in the other languages staff write ("a sunat la 0900", "às 0930")
    + "la las às alle à om um kl godz ora hora".split()
)
# ... but these a quantity, whatever it is.
STOP_QUANTITY = frozenset(
    "around about approx approximately circa c nearly over under than each per every".split()
)
# Words that may come between a weak phrase and its code ("the side gate takes 4821", "the
# code is 4821"); any other word makes the number that word's ("entrance badge 4821").
FILLERS = frozenset("""is the for a an to it s its are was use uses using takes take with then
now new code pin number numbers no combination digits c clear turns turned out apparently
actually first as key symbol sign button star hash downstairs upstairs outside inside both""".split())  # "press C, 4821", "press the key symbol, then 4821"
# Who a code is for ("staff code", "visitors use 4632"): before a code word or a verb of keying
# these say whose the code is, not that the number is their staff number.
WHO = frozenset("staff visitor visitors carer carers tradesman trades resident residents guest guests".split())
# Words that may stand right before a general phrase ("the code", "new code"); any other noun
# says whose code it is ("absence code 4821", "product code").
QUALIFIERS = frozenset("""the a an new old her his their my your our its this that same usual
current temporary spare backup main and or then with use enter press type key punch tap dial
please is just simply now first to you roll spin turn push for of
silver grey gray black white blue green red brown little small big large metal plastic square round
give gave send sent text texted share shared tell told need needs have has had get got know knew remember
forgot forget change changed update updated confirm confirmed
mum mums dad dads nan nans nana gran grans granny grandad grandads auntie aunties uncle uncles
top bottom middle left right correct actual proper office""".split()
                       + access_languages.NEW)  # "code for keys:"
# Words for a street after a house's number ("18 Station Rd"), and the days after a time.
# Not those that are words of an instruction too ("4821 close the flap", "4821 park round the back").
STREETS = _words("""road|rd|street|st|lane|ln|avenue|ave|cl|drive|crescent|cres|court|ct|grove|gardens
gdns|terrace|mews|square|sq""")
DAYS = _words("""monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur
thurs|fri|sat|sun|today|tomorrow|tonight|morning|evening|night|start|starts|finish|finishes|end
onwards|till|til|until""")  # ... and what a time starts or ends ("1215 start, 45 min")
STOP_AFTER = frozenset(
    """model models version edition series miles mile items pounds gbp pence hours hrs hr
    mins minutes am pm kg mm cm review budget onwards contract bus buses train trains
    calories kcal steps people residents flats rooms units pages words times years
    days weeks months percent pc per grams gram g kilograms kilos lbs litres liters ml metres
    meters m inches inch feet ft tonnes words characters copies pupils patients members
    visitors of mg mcg micrograms milligrams ltd limited plc lost missing stolen visits calls cohort""".split()
    # sizes ("1800 high"), prices ("1450 ex VAT"), a model's range ("C500 Pro")
    + "high wide tall deep thick vat ex exc excl inc incl pro mah volt volts watt watts".split()
    # o'clock, "extension", "(the) model", "in" in the other languages staff write ("1000 vaje",
    # "18124 extension pe", "1953 wale model", "2019 vich")
    + "vaje vage baje baaje bajey oclock uhr horas extension wale wala wali vich il".split()
)


# The words a code's "number" or "no." may follow: a device's last word, or a code word.
NUMBERED = frozenset([re.findall(r"\w+", d)[-1] for d in DEVICES if d not in _GENERAL_DEVICES and d[0].isalpha()]
                     + "code pin combination access entry alarm".split())
# Every word of the vocabulary: a word before "code" or "number" that is one of these is about
# access ("gate code", "keysafe number").
ACCESS_WORDS = frozenset(w for p in OBJECTS + VERBS + LABELS for w in re.findall(LETTERS, p))


# Nouns whose number an office quotes: "Order number for the key safe: 56542" is the order's.
# (access_code.py: such a noun before a phrase, with only numbering and linking words and other
# access words between, in the phrase's clause.)
IDENTIFIERS = frozenset(_words("""invoice|inv|order|orders|ref|reference|account|serial|model
|part|item|policy|product|booking|confirmation|ticket|job|batch|incident|case|tracking|catalogue
|stock|sku|claim|licence|license|permit|contract|quote|quotation|estimate|asset|referral|repair
|installation|request|audit|complaint|alert|receipt|delivery|parcel|price|cost|total|fee|po
|purchase|warranty|guarantee|return|returns|refund|appointment|survey|assessment
|diary|journal|data|ledger|competition|raffle|register|logbook|slip""")
                         + access_languages.IDENTIFIERS + [skeleton(w) for w in access_languages.IDENTIFIERS])
IDENTIFIER_LINKS = frozenset(_words("number|numbers|no|nr|num|for|of|on|from|to|the|a|an|our|your|this|that|new")
                             + access_languages.NUMBER_NAMES + access_languages.LINKS
                             + [skeleton(w) for w in access_languages.NUMBER_NAMES + access_languages.LINKS])
# A number's name in any language: after a device, that device's number ("box number", "numer zamka").
NUMBER_WORDS_ANY = frozenset(["number", "no"] + access_languages.NUMBER_NAMES
                             + [skeleton(w) for w in access_languages.NUMBER_NAMES])


def is_foreign(key):
    """Whether a phrase (lower case, as read) is one of the other languages' words."""
    return key in FOREIGN or (" " not in key and key.startswith(FOREIGN_STEMS))
