"""The labelled corpus of bench_detection.py, generated from seeds it owns.

Two parts: TRAIN templates (the phrasings the rules were tuned on) and HELD_OUT templates,
written at the same time but never used to tune the rules: their figures are reported apart, as
the honest estimate on phrasings nobody has seen. Each case is (part, class, text or table,
expected number of codes). Slots: {code} a code, {label} an access label, {n} a number that is not
a code, {year}, {time}.
"""
import random

from detection_blind import BLIND_POSITIVE, BLIND_TABLES, BLIND_TRAPS
from detection_blind2 import BLIND2_POSITIVE, BLIND2_TABLES, BLIND2_TRAPS
from detection_blind3 import BLIND3_POSITIVE, BLIND3_TABLES, BLIND3_TRAPS
from detection_blind4 import BLIND4_POSITIVE, BLIND4_TABLES, BLIND4_TRAPS
from detection_blind5 import BLIND5_POSITIVE, BLIND5_TABLES, BLIND5_TRAPS
from detection_blind6 import BLIND6_POSITIVE, BLIND6_TABLES, BLIND6_TRAPS
from detection_blind7 import BLIND7_POSITIVE, BLIND7_TABLES, BLIND7_TRAPS
from detection_blind8 import BLIND8_POSITIVE, BLIND8_TABLES, BLIND8_TRAPS
from detection_blind9 import BLIND9_POSITIVE, BLIND9_TABLES, BLIND9_TRAPS
from detection_blind10 import BLIND10_POSITIVE, BLIND10_TABLES, BLIND10_TRAPS
from detection_blind11 import BLIND11_POSITIVE, BLIND11_TABLES, BLIND11_TRAPS
from detection_blind12 import BLIND12_POSITIVE, BLIND12_TABLES, BLIND12_TRAPS
from detection_blind13 import BLIND13_POSITIVE, BLIND13_TABLES, BLIND13_TRAPS
from detection_blind14 import BLIND14_POSITIVE, BLIND14_TABLES, BLIND14_TRAPS
from detection_blind15 import BLIND15_POSITIVE, BLIND15_TABLES, BLIND15_TRAPS
from detection_blind16 import BLIND16_POSITIVE, BLIND16_TABLES, BLIND16_TRAPS
from detection_blind17 import BLIND17_POSITIVE, BLIND17_TABLES, BLIND17_TRAPS
from detection_blind18 import BLIND18_POSITIVE, BLIND18_TABLES, BLIND18_TRAPS
from detection_blind19 import BLIND19_POSITIVE, BLIND19_TABLES, BLIND19_TRAPS
from detection_blind20 import BLIND20_POSITIVE, BLIND20_TABLES, BLIND20_TRAPS
from detection_blind21 import BLIND21_POSITIVE, BLIND21_TABLES, BLIND21_TRAPS
from detection_blind22 import BLIND22_POSITIVE, BLIND22_TABLES, BLIND22_TRAPS
from detection_blind23 import BLIND23_POSITIVE, BLIND23_TABLES, BLIND23_TRAPS
from detection_blind24 import BLIND24_POSITIVE, BLIND24_TABLES, BLIND24_TRAPS
from detection_blind25 import BLIND25_POSITIVE, BLIND25_TABLES, BLIND25_TRAPS
from detection_blind26 import BLIND26_POSITIVE, BLIND26_TABLES, BLIND26_TRAPS
from detection_blind27 import BLIND27_POSITIVE, BLIND27_TABLES, BLIND27_TRAPS
from detection_blind28 import BLIND28_POSITIVE, BLIND28_TABLES, BLIND28_TRAPS
from detection_blind29 import BLIND29_POSITIVE, BLIND29_TABLES, BLIND29_TRAPS
from detection_blind30 import BLIND30_POSITIVE, BLIND30_TABLES, BLIND30_TRAPS
from detection_blind31 import BLIND31_POSITIVE, BLIND31_TABLES, BLIND31_TRAPS
from detection_blind32 import BLIND32_POSITIVE, BLIND32_TABLES, BLIND32_TRAPS
from detection_blind33 import BLIND33_POSITIVE, BLIND33_TABLES, BLIND33_TRAPS
from detection_blind34 import BLIND34_POSITIVE, BLIND34_TABLES, BLIND34_TRAPS
from detection_blind35 import BLIND35_POSITIVE, BLIND35_TABLES, BLIND35_TRAPS
from detection_blind36 import BLIND36_POSITIVE, BLIND36_TABLES, BLIND36_TRAPS
from detection_blind37 import BLIND37_POSITIVE, BLIND37_TABLES, BLIND37_TRAPS
from detection_blind38 import BLIND38_POSITIVE, BLIND38_TABLES, BLIND38_TRAPS
from detection_blind39 import BLIND39_POSITIVE, BLIND39_TABLES, BLIND39_TRAPS
from detection_blind40 import BLIND40_POSITIVE, BLIND40_TABLES, BLIND40_TRAPS
from detection_blind41 import BLIND41_POSITIVE, BLIND41_TABLES, BLIND41_TRAPS
from detection_blind42 import BLIND42_POSITIVE, BLIND42_TABLES, BLIND42_TRAPS
from detection_fresh import FRESH_POSITIVE, FRESH_TABLES, FRESH_TRAPS

LABELS = ["key safe", "keysafe", "Key Safe", "KEY SAFE", "key-safe", "lockbox", "lock box",
          "key box", "keypad", "door code", "gate code", "alarm code", "entry code", "KS", "K/S",
          "access code", "padlock", "combination"]

TRAIN_POSITIVE = [
    "{label}: {code}", "{label} {code}", "The {label} is {code}", "{label} code is {code}",
    "{label} code for Mrs Hale is {code}.", "{code} ({label})", "KS{code}", "K/S {code}",
    "Please use the {label}, code {code}", "the code to get in is {code}",
    "to get in use {code}", "door entry {code}", "The number to get in is {code}",
    "{label} - {code}", "New {label} code: {code} from today",
    "Key safe round the back by the bins, code {code}", "{label}\n{code}",
    "Hi all, {label} for Ted is {code}, thanks", "code for the {label}: {code}",
    "{label} no. {code}",
    # The classes the issue names, in wordings of our own (not the held-out ones):
    # objects described rather than named, symbols, keyed-in sequences, other languages.
    "The small metal box on the wall by the porch: {code}", "Safe on the fence post - {code}",
    "\U0001f510 {code}", "\U0001f512 {label} {code}", "{label} \u27a1 {code}", "{label} >> {code}",
    "Key in {code} then turn the handle", "Tap in {code} and push the gate",
    "Type {code} on the pad and press the green button", "Enter {code} then the tick",
    "Cod cutie chei: {code}", "Código do cofre de chaves {code}", "Kod do skrzynki na klucze {code}",
    "Codice cassetta delle chiavi {code}", "Gate lock combination is {code}",
    "The lock on the side gate takes {code}", "Release the key with {code}",
    "Keys are in the box, {code}", "Alarm: set and unset with {code}",
    "Number for the door pad is {code}",
    # Codes beside the ordinary numbers of the traps below: serials, clients, events, visits.
    "Alarm panel code {code}", "Pendant on the table. Key safe {code}",
    "Key safe serial is on the lid; code {code}", "Door number 14, door code {code}",
    "Gate 3 at the back, gate code {code}", "Client number 4821: key safe {code}",
    "Visit at 0800, {label} {code}", "Keys returned to the key safe, code {code}",
    "Alarm triggered? Disarm with {code}", "Apartment 12, entry code {code}",
    "Key safe (Yale), code {code}", "Serial on the back of the box; the combination is {code}",
    "The job ref is on the sheet; door code {code}", "Key safe opened with {code}",
    "Press {code} again if the keypad beeps", "Repair booked. New {label} code {code}",
    "Key safe by front door {code}", "Door code reset: {code}", "Near the gate, {label} {code}",
    "Key safe next to the alarm sensor, {code}", "Keysafe by the smoke detector {code}",
    "Back door {code} is the new code", "Main entrance {code} then flat 4 on the second floor",
]
HELD_OUT_POSITIVE = [
    "Box by the back door opens with {code}", "Little grey box left of the porch, {code}",
    "\U0001f511 {code}", "Punch {code} into the keypad then push the handle",
    "Dial {code} on the lock to release the key", "Kod do sejfu na klucze: {code}",
    "Codul de la cutia cu chei este {code}", "Gate: {code}#",
    "Keys in the safe on the wall, combination {code}", "For the front door the keypad takes {code}",
    "Entry \u2192 {code}", "Let yourself in with {code} on the keypad", "Keysafe={code}",
    "Combi for the lock is {code}", "Buzzer code for the block entrance {code}",
    "Access via keypad {code} then flat door", "Lock box: {code} (turn the dials)",
    "the safe's number is {code}", "Código de la caja de llaves: {code}",
    "Key holder box {code} - please lock after", "Intercom {code} then wait",
]
TRAIN_TABLES = [  # bare values under access-like headers
    (["Client", "Key safe"], ["Mrs Hale", "{code}"]), (["Name", "KS"], ["Ted", "{code}"]),
    (["Name", "Access"], ["Ivy", "{code}"]), (["Client", "Door code"], ["Ada", "{code}"]),
    (["Service user", "Key info"], ["Bob", "{code}"]), (["Client", "Gate"], ["Eve", "{code}"]),
    (["Name", "K/S no."], ["Flo", "{code}"]), (["Client", "Entry"], ["Gus", "{code}"]),
]
HELD_OUT_TABLES = [
    (["Resident", "Keys"], ["Ida", "{code}"]), (["Who", "How to get in"], ["Len", "{code}"]),
    (["Client", "Lockbox #"], ["May", "{code}"]), (["Name", "Entry method"], ["Sid", "keypad {code}"]),
]
TRAIN_TRAPS = [
    "Meeting in room {n} at 10am", "Invoice {n} is overdue", "Call the office on ext {n}",
    "The key safe was fitted in {year}", "Key safe installed {year}", "Alarm call at {time} daily",
    "Visit at {time} on Tuesday", "KS2 results for {year}", "Flat {n}, Mill Court",
    "Product code {n} arrives Monday", "Order #{n} for key safes", "Key safe price \u00a3{n}",
    "SIM PIN {n}", "Bank card PIN is {n}", "door {year}", "The gate opens {time}",
    "Key safe 12.{n} kg", "Sent: 02.04.2012 14:20", "Discount code {n} for the shop",
    "Page {n} of the policy", "Our company number {n}", "Gate {year} refurbishment",
    "Enter the year {year} on the form", "Press release {year}", "The box weighs {n} grams",
    "Open day on 12/05/{year}", "The safe limit is {n} steps", "Lock-down ended in {year}",
    "Wi-Fi password: house{n}", "Door opens at {time}", "Entry fee {n} pence",
    "The {n} bus stops by the door", "Access: Monday {time}", "Entry 12 of {year}",
    # Ordinary numbers an office writes beside access words (round 10): identifiers of kit,
    # jobs and requests; when something happened; sizes, prices, standards and makers.
    "Key safe asset tag {n} on the underside", "Alarm pendant S/N {n}",
    "Alarm pendant SN {n} needs returning", "Key safe fitting - WO {n}",
    "Door entry handset P/N {n}", "The alarm pendant number is {n} on the back",
    "Client number {n} - key safe", "Customer no. {n}, key safe to be fitted",
    "Referral number {n} for a key safe", "Housing repair number {n}: communal door entry broken",
    "Lifeline pendant {n} returned to the office", "Door sensor {n} replaced",
    "Key safe battery {n} type", "Alarm hub device {n}", "The key safe sticker says {n}",
    "Keysafe referral {n} sent to the council", "Key safe installation {n} booked for Friday",
    "Door entry panel firmware {n}", "Door code change request {n}", "Key safe fitting {n} invoiced",
    "Please log the key safe serial number ({n}) on the client file",
    "Keysafe (asset {n}) fitted at the back door", "Key safe reference {n} on the receipt",
    "Door entry fault logged, ref {n}", "Keysafe delivered, tracking {n}",
    "Subject access request {n} from the family", "Cost centre code {n} for key safes",
    "Door alarm triggered {time} again", "Lifeline alarm raised {time}, ambulance called",
    "The pendant alarm was pressed {time} this morning", "Alarm sounded {time} for ten minutes",
    "Alarm activated {time}, carer attended", "Keys returned to key safe {time}",
    "Keys were returned to the key safe {time}", "Key safe collected {time} today",
    "Alarm reset {time} by the engineer", "Door entry buzzed {time}, nobody there",
    "Carer let herself in {time}", "Door left unlocked {time} by the relative",
    "Front door locked {time} by the carer", "Gate shut {time} every evening",
    "Door opened {time} by the GP", "Alarm armed {time}, disarmed 0700",
    "{time} key safe visit", "{n} key safe order", "{n} key safes fitted this year",
    "The gate is {n} high", "The door is {n} wide", "Gate {n} tall with a latch",
    "Key safe approved to LPS {n} SR1", "Key safe to BS {n}", "Key safe C{n} Pro",
    "Yale {n} key safe", "Gate keypad {n} ex VAT", "Door entry system quote {n} plus VAT",
    "Apartment {n}, door on the left", "Apt {n}, main entrance",
    "Ring the door bell at {time}", "Rota code {n} for the gate shift",
    "Keysafe accessed {time} by district nurse", "Back door alarm tripped {time}",
    "Alarm pulled {time}, carer arrived soon after", "The door keypad needs {n} mAh batteries",
    "Park near gate {n} and walk to ward 5", "Go to entrance {n} at the hospital",
    "Key safe audit {n} completed", "Complaint {n}: gate left open",
    "Alarm went off {time} and woke the neighbours", "Night carer arrived {time}, key safe was empty",
    "Key safe delivered {time}", "Key safe label {n} peeled off", "Carer due {time}, gate will be open",
    "Door {n} on level 2 by the lift", "Door {n}, second floor", "Gate {n} at the hospital is the nearest",
    "The ward door {n} is locked at night", "Door {n} is the sluice",
    # "code" that means something else beside access words
    "Postcode {n} for the key safe fitter", "The sort code for the key safe refund is {n}",
    "Fault code {n} on the alarm panel", "Booking code {n} for the alarm engineer",
    "Course code {n} - key holding and access training", "Voucher code {n} for the door entry upgrade",
]
HELD_OUT_TRAPS = [
    "Replacement key safe costs {n} pence", "The front door was painted in {year}",
    "The alarm went off at {time}", "Keypad batteries changed on 03/12/{year}",
    "PIN for the work phone is {n}", "Booking reference {n} for the minibus",
    "Gate closes at {time}", "Door {year} collection brochure", "Parcel {n} left in the porch",
    "Catalogue number {n} for grab rails", "Ward {n} visiting times", "Bed {n} by the door",
    "Tax code {n}L", "Lot {n} at the auction", "Room {n}, second floor by the entrance",
    "The lockbox model {n} is discontinued", "Staff number {n}", "Bus route {n} to the hospital",
    "Locker {n} at the gym",
]

# Round 10, the recall side: codes written as care staff write them and the rules did not yet
# know (labels far from or after the code, shorthand, verbs, codes glued to or decorated around
# their label, devices rarely named, care-plan fields over several lines, messaging, other
# languages, spreadsheet cells), and traps close to them. Appended here, apart from the lists
# above, so that other rounds' additions to those lists merge cleanly.
TRAIN_POSITIVE += [
    # The label far from its code: other words, or a line break, between.
    "Key safe is on the left of the front door behind the plant pot.\n{code}",
    "KEY SAFE (round the side by the gas meter)\n{code}",
    "Access - carers use the key safe on the wall by the back door, number is {code}",
    "Keysafe located on the garage wall next to the drainpipe, {code}",
    "Please let yourself in via the key safe at the side of the house which is {code}",
    "Her keys are in a key safe to the right of the porch and the combination to open it is {code}",
    "Key safe\nRight of the front door under the hanging basket\n{code}",
    # The code before its label.
    "{code} is the code for the key safe", "{code} - key safe", "{code} = KS",
    "{code} for the box by the door", "{code} gets you into the key safe",
    "{code} opens the lock box", "{code} is the number for the keysafe",
    # Labels in shorthand.
    "KSC {code}", "KSC: {code}", "k.safe {code}", "Keys in box {code}", "keys in box - {code}",
    "safe {code} keys back in after pls", "the pad takes {code}", "KS no. {code}",
    "K/S code - {code}", "ks code {code}", "Box: {code}",
    # Verbs of keying and saying.
    "Pop {code} in the key safe", "Pop in {code} and the box opens",
    "Punch in {code} on the little box", "Just use {code} on the key safe",
    "It's {code} for the key safe", "Key safe - it's {code}", "The key safe, it's {code} now",
    "Key safe: use {code}",
    # Glued to the label, as a PDF drawn without separators reads.
    "Key safe{code}", "KS:{code}", "code#{code}", "Keysafe code{code}", "Door code{code}",
    "KEYSAFE{code}", "Lock box{code}",
    # Decorated.
    "Key safe #{code}", "Door code *{code}#", "Key safe {code}\u2713", "Keysafe [{code}]",
    "Key safe code \"{code}\"", "key safe code '{code}'", "Key safe: {code} \u2714\ufe0f",
    "Keysafe 7-3-1-9", "Key safe 7 3 1 9",
    # Devices rarely named.
    "Key vault {code}", "Key cabinet code {code}", "Digilock {code}", "Supra box: {code}",
    "Keyguard {code}", "Combination lock on the shed: {code}", "Shed padlock {code}",
    "Bin store code {code}", "Communal entrance {code}", "Concierge door code {code}",
    "Fob box {code}", "The key is in the key vault by the door, {code}",
    "Push button lock on the gate {code}", "Garage keypad {code}", "Bin store padlock is {code}",
    "Keys in the Keyguard by the door {code}", "Lock box on the railings, combination {code}",
    # Care-plan fields over several lines.
    "Access arrangements:\nKey safe by front door\n{code}", "Entry instructions:\n{code}",
    "Entry instructions:\nKey safe left of door, code {code}",
    "ACCESS DETAILS\n\nKeysafe\n{code}",
    "Access to property:\nKey safe to right of front door\n{code}",
    "How to get in:\n1. Key safe by the door\n2. Code {code}",
    "Access arrangements: Key safe\nCode: {code}",
    # Messaging shorthand and slips.
    "ks is {code} x", "keysafe {code} \U0001f44d", "code 4 ks {code}",
    "hiya ks code changed to {code} pls update ur notes", "kesafe {code}", "door cd {code}",
    "ks = {code} thx", "k/s {code} pls put keys back", "keysafe nos {code}", "ks no {code}",
    # Languages staff write.
    "Szyfr do sejfu na klucze {code}", "Kod do bramy {code}", "Codul la cutia cu chei e {code}",
    "Cod usa {code}", "Senha da caixa das chaves: {code}", "O c\u00f3digo do cofre \u00e9 {code}",
    "Ang code ng susi ay {code}", "Code ng kahon ng susi {code}", "C\u00f4d y blwch allweddi {code}",
    "Cod drws {code}", "La clave de la caja de llaves es {code}", "C\u00f3digo de la puerta {code}",
    "Chabi wala dabba ka code {code}", "Darwaze ka code hai {code}", "Chabi box code {code}",
    # A second look at rotas, care plans and messages.
    "Mr Jones - 14 Elm Rd - KS {code} - 2 carers", "KS left of door ({code})",
    "KEYSAFE CODE CHANGED!!! {code}", "ks changed!! now {code}", "Code for keys: {code}",
    "Key safe code:\n\n{code}", "Lift code {code}", "Car park barrier code {code}",
    "Keys + fob in KS ({code})", "Key safe: Yes ({code})", "KS in situ {code}",
    "Keysafe is on the side of the porch. Code is {code}", "{code} is the KS",
    "Key safe (front): {code}; (back): 1357", "Gate padlock combo {code}", "Lobby door {code}",
    "Concierge will let you in, or use {code}", "Alarm unset {code}",
    "klucze w skrzynce, kod {code}", "Nasa kahon ang susi, code {code}",
    "chabi box mein hai, code {code}",
    "Hi team, the key safe at Mrs Patel's has been changed and is now {code}. Thanks",
    "KS reset - now {code}", "Scramble the numbers after using the key safe ({code})",
    "Keypad on the front door takes {code} then press the key symbol", "Flats entry code {code}",
    "Gates: {code}", "ksafe {code}", "KS/{code}", "Keysafe/{code}", "Hale, M | 12 Mill Rd | KS {code}",
    "Cheia este in cutia cu cifru, cod {code}", "Allwedd yn y blwch, cod {code}",
    "Keysafe Y/N: Y  Code: {code}", "Handover: Mrs K - keys in safe by door, {code}, alarm not set",
    "Method of entry: Key safe (code {code})", "Combi padlock on gate {code}", "k/s-{code}",
    "KEYSAFE CODE\n\n{code}",
]
TRAIN_TABLES += [
    (["Client", "Address", "KS"], ["Mrs Hale", "4 Mill Rd", "{code}"]),
    (["Name", "Access arrangements"], ["Ted", "Key safe left of door {code}"]),
    (["Client", "Key safe location", "Code"], ["Ivy", "Side wall", "{code}"]),
    (["Service user", "Entry"], ["Bob", "KS {code} back door"]),
    (["Name", "Keysafe no"], ["Flo", "{code}"]),
    (["Client", "Door/KS"], ["Ada", "{code}"]),
    (["Client", "Notes"], ["Gus", "Key vault: {code}"]),
]
TRAIN_TRAPS += [
    "Pop in {time} for a cuppa", "Pop in at {time} tomorrow", "KS3 maths set, room {n}",
    "Keysafe Ltd invoice {n}", "Box 2 of {n} in the archive", "The pad of forms, order {n}",
    "Key worker ID {n}", "Keys cut at the shop, receipt {n}", "Concierge phone {n}",
    "Padlock size {n} mm", "Key safe stock code {n}", "Locker room {n}",
    "Entry instructions updated {year}", "Code of practice {year}", "Bin store collection {time}",
    "Punch card {n}", "It's {year} and the key safe still sticks", "Order {n} for note pads",
    "Key vault installed {year}", "Access arrangements reviewed on {time}",
    "Communal entrance cleaned {time}", "Shed padlock bought for {n} pence",
    "Great!! {time} visit moved", "Notes:\n\n{n}", "Discount for box {n}", "Size of box {n}",
    "Thanks for your help with the key safe today\n\n{n}",
]

# part -> (positive templates, tables, traps); "fresh" and the "blind" parts are never tuned on.
PARTS = {
    "train": (TRAIN_POSITIVE, TRAIN_TABLES, TRAIN_TRAPS),
    "held-out": (HELD_OUT_POSITIVE, HELD_OUT_TABLES, HELD_OUT_TRAPS),
    "fresh": (FRESH_POSITIVE, FRESH_TABLES, FRESH_TRAPS),
    "blind": (BLIND_POSITIVE, BLIND_TABLES, BLIND_TRAPS),
    "blind2": (BLIND2_POSITIVE, BLIND2_TABLES, BLIND2_TRAPS),
    "blind3": (BLIND3_POSITIVE, BLIND3_TABLES, BLIND3_TRAPS),
    "blind4": (BLIND4_POSITIVE, BLIND4_TABLES, BLIND4_TRAPS),
    "blind5": (BLIND5_POSITIVE, BLIND5_TABLES, BLIND5_TRAPS),
    "blind6": (BLIND6_POSITIVE, BLIND6_TABLES, BLIND6_TRAPS),
    "blind7": (BLIND7_POSITIVE, BLIND7_TABLES, BLIND7_TRAPS),
    "blind8": (BLIND8_POSITIVE, BLIND8_TABLES, BLIND8_TRAPS),
    "blind9": (BLIND9_POSITIVE, BLIND9_TABLES, BLIND9_TRAPS),
    "blind10": (BLIND10_POSITIVE, BLIND10_TABLES, BLIND10_TRAPS),
    "blind11": (BLIND11_POSITIVE, BLIND11_TABLES, BLIND11_TRAPS),
    "blind12": (BLIND12_POSITIVE, BLIND12_TABLES, BLIND12_TRAPS),
    "blind13": (BLIND13_POSITIVE, BLIND13_TABLES, BLIND13_TRAPS),
    "blind14": (BLIND14_POSITIVE, BLIND14_TABLES, BLIND14_TRAPS),
    "blind15": (BLIND15_POSITIVE, BLIND15_TABLES, BLIND15_TRAPS),
    "blind16": (BLIND16_POSITIVE, BLIND16_TABLES, BLIND16_TRAPS),
    "blind17": (BLIND17_POSITIVE, BLIND17_TABLES, BLIND17_TRAPS),
    "blind18": (BLIND18_POSITIVE, BLIND18_TABLES, BLIND18_TRAPS),
    "blind19": (BLIND19_POSITIVE, BLIND19_TABLES, BLIND19_TRAPS),
    "blind20": (BLIND20_POSITIVE, BLIND20_TABLES, BLIND20_TRAPS),
    "blind21": (BLIND21_POSITIVE, BLIND21_TABLES, BLIND21_TRAPS),
    "blind22": (BLIND22_POSITIVE, BLIND22_TABLES, BLIND22_TRAPS),
    "blind23": (BLIND23_POSITIVE, BLIND23_TABLES, BLIND23_TRAPS),
    "blind24": (BLIND24_POSITIVE, BLIND24_TABLES, BLIND24_TRAPS),
    "blind25": (BLIND25_POSITIVE, BLIND25_TABLES, BLIND25_TRAPS),
    "blind26": (BLIND26_POSITIVE, BLIND26_TABLES, BLIND26_TRAPS),
    "blind27": (BLIND27_POSITIVE, BLIND27_TABLES, BLIND27_TRAPS),
    "blind28": (BLIND28_POSITIVE, BLIND28_TABLES, BLIND28_TRAPS),
    "blind29": (BLIND29_POSITIVE, BLIND29_TABLES, BLIND29_TRAPS),
    "blind30": (BLIND30_POSITIVE, BLIND30_TABLES, BLIND30_TRAPS),
    "blind31": (BLIND31_POSITIVE, BLIND31_TABLES, BLIND31_TRAPS),
    "blind32": (BLIND32_POSITIVE, BLIND32_TABLES, BLIND32_TRAPS),
    "blind33": (BLIND33_POSITIVE, BLIND33_TABLES, BLIND33_TRAPS),
    "blind34": (BLIND34_POSITIVE, BLIND34_TABLES, BLIND34_TRAPS),
    "blind35": (BLIND35_POSITIVE, BLIND35_TABLES, BLIND35_TRAPS),
    "blind36": (BLIND36_POSITIVE, BLIND36_TABLES, BLIND36_TRAPS),
    "blind37": (BLIND37_POSITIVE, BLIND37_TABLES, BLIND37_TRAPS),
    "blind38": (BLIND38_POSITIVE, BLIND38_TABLES, BLIND38_TRAPS),
    "blind39": (BLIND39_POSITIVE, BLIND39_TABLES, BLIND39_TRAPS),
    "blind40": (BLIND40_POSITIVE, BLIND40_TABLES, BLIND40_TRAPS),
    "blind41": (BLIND41_POSITIVE, BLIND41_TABLES, BLIND41_TRAPS),
    "blind42": (BLIND42_POSITIVE, BLIND42_TABLES, BLIND42_TRAPS),
}

_WORDS = "zero one two three four five six seven eight nine".split()


def code(rng, kind):
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice((4, 4, 4, 5, 6))))
    if kind == 0:
        return digits
    if kind == 1:
        return rng.choice("ABCDEFGHJK") + digits[:4]
    if kind == 2:
        return digits[:4] + rng.choice("ABCXYZ")
    if kind == 3:
        return f"{digits[:2]} {digits[2:4]}"
    if kind == 4:
        return f"{digits[:2]}-{digits[2:4]}"
    return " ".join(_WORDS[int(d)] for d in digits[:4])


def slip(rng, label):
    """The label with one slip (insert, delete, substitute, swap) when it has ≥ 5 letters."""
    if len(label.replace(" ", "")) < 5 or rng.random() < 0.6:
        return label
    i = rng.randrange(1, len(label) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return label[:i] + label[i] + label[i:]
    if kind == 1:
        return label[:i] + label[i + 1 :]
    if kind == 2:
        return label[:i] + rng.choice("aeiou") + label[i + 1 :]
    return label[:i] + label[i + 1] + label[i] + label[i + 2 :]


def _number(rng):
    return str(rng.randrange(1000, 99999))


def _fill(rng, template, value):
    return template.format(code=value, label=slip(rng, rng.choice(LABELS)), n=_number(rng),
                           year=rng.randrange(1950, 2030), time=f"{rng.randrange(6, 22):02d}{rng.choice(('00', '15', '30', '45'))}")


def positives(part, count, seed):
    rng = random.Random(seed)
    templates, tables, _traps = PARTS[part]
    for i in range(count):
        value = code(rng, i % 6 if i % 7 else 0)
        if i % 5 == 4:
            header, row = rng.choice(tables)
            yield [header, [cell.format(code=value) for cell in row]], 1
        else:
            yield _fill(rng, templates[i % len(templates)], value), 1


def traps(part, count, seed):
    rng = random.Random(seed)
    templates = PARTS[part][2]
    for i in range(count):
        yield _fill(rng, templates[i % len(templates)], ""), 0


def several(count, seed):
    """Two codes in one cell or sentence: each counts."""
    rng = random.Random(seed)
    joins = [" / ", ", ", " or ", " and back door "]
    for i in range(count):
        a, b = code(rng, 0), code(rng, 0)
        yield f"Key safe: {a}{joins[i % len(joins)]}{b}", 2


# Characters that hide between digits and letters, and look-alike letters (issue 10 "Evasion").
INVISIBLE = ["\u2061", "\u2062", "\u2063", "\u2064", "\u034f", "\u180e", "\ufe0f", "\u200e",
             "\u200f", "\u202a", "\u2066", "\U000e0020", "\u3164", "\u061c", "\u200b", "\u00ad",
             "\u2060", "\u00a0", "\u202f"]  # fmt: skip
LOOKALIKE = str.maketrans("aeopcyskKEAOPCTHX", "\u0430\u0435\u043e\u0440\u0441\u0443\u0455\u043a\u039a\u0395\u0391\u039f\u03a1\u0421\u03a4\u0397\u03a7")


def evasions(count, seed):
    rng = random.Random(seed)
    for i in range(count):
        value = code(rng, 0)[:4]
        kind = i % 4
        if kind == 0:
            char = INVISIBLE[i % len(INVISIBLE)]
            yield f"key safe code is {value[:2]}{char}{value[2:]}", 1
        elif kind == 1:
            wide = "".join(chr(ord(c) + 0xFEE0) for c in f"key safe {value}")
            yield wide.replace(chr(0x20 + 0xFEE0), " "), 1
        elif kind == 2:
            yield f"{rng.choice(LABELS[:5]).translate(LOOKALIKE)} {value}", 1
        else:  # only invisible characters: a visible space inside a word hides nothing
            char = INVISIBLE[(i * 7) % (len(INVISIBLE) - 2)]
            yield f"k{char}ey s{char}afe: {value}", 1
