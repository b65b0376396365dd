"""What an access instruction is made of, as data: the objects that open (and their synonyms,
short forms and other languages), the verbs of entry and keying, the labels a list puts over a
code, and the words that say a number is something else. access_code.py reads these.

A code counts when one of these phrases comes just before it (or, for what cannot be a time or
a year, just after it); see access_code.py for the shapes of a code.
"""

# The things a code opens, named or described, and the short forms staff use.
OBJECTS = """key safe|key safe code|keysafe no|ks|k/s|k.s|key box|key code|key lock|key store
key cabinet|key holder box|lock box|lockbox|padlock|combination lock|combination|combi lock
combi|keypad|key pad|door entry|door|front door|back door|side door|porch|porch code|gate
side gate|door code|door pin|entry code|entry system|gate code|access code|alarm|alarm code
alarm pin|intruder alarm|burglar alarm|intercom|buzzer|door buzzer|fob|entrance|main entrance
communal door|communal entrance|building code|block entrance|dial|safe|lock|digits|combo
the number|code|passcode|pin number|pin|box|little box|grey box|black box
🔑|🔐|🔒|🔓|🗝""".replace("\n", "|").split("|")

# Verbs and sentences of getting in or keying a code.
VERBS = """to get in|get in|getting in|let yourself in|let yourselves in|let themselves in
let you in|let herself in|let himself in|gain entry|gain access|to enter|enter|punch in
punch|key in|keying in|tap in|type in|press|unlock|unlocks|unlocking|to open|open it
opens|open the|opens with|release the key|releases|get the key|get the keys|keys are in
key is in|turn the dial|turn to|type|tap|unset|unset it|disarm|to disarm|turn off the alarm""".replace("\n", "|").split("|")

# Other languages heard in UK agencies: Polish, Romanian, Portuguese, Spanish, Italian,
# Lithuanian, Bulgarian/Russian (as their TR39 skeleton reads them), Tagalog.
OTHER_LANGUAGES = """kod|kodu|kod do drzwi|sejf na klucze|skrytka na klucze|skrzynka na klucze
domofon|cod|codul|codul de acces|cutia cu chei|cutie cu chei|usa|poarta|alarma|codigo|código
cofre de chaves|caixa de chaves|porta|portão|caja de llaves|puerta|codice|cassetta delle chiavi
kodas|raktų dėžutė|koд|kлюч|susi|kahon ng susi""".replace("\n", "|").split("|")

# Labels only (a table header, "Access:" before a value): "access to work" is prose.
LABELS = """access:|access info|access information|access details|access instructions
access notes|entry:|entry info|entry details|entry instructions|keys:|key:|key info
key information|key location|keys info|how to get in|getting in:|entry method""".replace(
    "\n", "|").split("|")

# Hand-typed with one slip ("keysaef", "lokcbox"): words of at least five letters.
TYPO_LABELS = ("key safe", "keysafe", "lockbox", "lock box", "key box", "keybox", "keycode",
               "key code", "padlock", "keypad", "combination", "entrance", "alarm code", "door code", "entry code",
               "access code", "gate code", "passcode", "intercom")

# Weak phrases (the whole phrase): a year after them is a year ("door 2019"), not a code.
WEAK = frozenset("""door|front door|back door|side door|gate|side gate|entry|access|alarm|entrance
main entrance|safe|lock|box|dial|digits|the number|code|pin|enter|to enter|press|punch|open|opens
open it|open the|to open|fob|porch|combination|combi|combo|buzzer|intercom|little box|grey box
black box|usa|poarta|porta|puerta|kod|cod|codigo|código|codice|kodas|koд""".replace("\n", "|").split("|"))
# ... and after these even a time is a time ("gate opens 0800", "door 0730").
TIMES_TOO = frozenset("opens open closes closed".split())
# Phrases too general to stand alone: the words before them must not say what the number is
# ("product code 48213", "SIM PIN 1234", "PO Box 1234").
GENERIC = frozenset("""code|pin|number|the number|pin number|box|little box|grey box|black box
safe|lock|dial|digits|combination|passcode|combo|combi|press|enter|punch|open|opens|key|keys
to enter|open it|open the|kod|cod|codigo|código|codice|kodas|koд""".replace("\n", "|").split("|"))

NUMBER_WORDS = {"zero": "0", "oh": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}

# A number after these (within a few words) is something else.
STOP_WORDS = frozenset(
    """year years fitted installed bought ordered set time times clock date dated test tested
    testing check checked call calls service serviced po room ext extension tel phone
    mobile fax invoice inv order ref reference account acct company reg registration vat
    serial model part item page version price cost costs paid pay total conduct
    policy product promo discount voucher tracking booking confirmation ticket job batch
    incident case issue visit visits arrive arrives arrival practice unit flat plot suite
    supra master masterlock sim card bank debit credit chip atm cash wifi wi fi router
    broadband voicemail laptop computer tablet ipad login log password otp verification
    verify authentication activation security cvv cvc tax sort area dialling dial-up zip
    postal sic ods course module exam error fault qr bar barcode coupon budget cost
    charity source bus route train platform gate-number flight stage key-stage stages rooms
    floor level bed ward bay seat line lines patient nhs hospital number-plate reg-plate
    isbn issn edition doi lot size sizes width height weight length mg ml dose doses tablet
    tablets pack packs box-number parcel parcels delivery deliveries catalogue stock sku
    staff employee payroll ni national insurance claim claims pension member membership
    customer client-number licence license weighs weighed weight measures measured measuring
    sized priced capacity holds""".split()
)
# Right before a number these make it a year or a time.
STOP_BEFORE = frozenset(
    """in on at by since from until till before after during between daily weekdays
    weekends monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri
    saturday sat sunday sun around about approx approximately circa c nearly over under
    than each per every""".split()
)
STOP_AFTER = frozenset(
    """model models version edition series miles mile items pounds gbp pence hours hrs hr
    mins minutes am pm kg mm cm review budget onwards contract bus buses train trains
    calories kcal steps people residents flats rooms units pages words times years
    days weeks months percent pc per grams gram g kilograms kilos lbs litres liters ml metres
    meters m inches inch feet ft tonnes words characters copies pupils patients members
    visitors""".split()
)
