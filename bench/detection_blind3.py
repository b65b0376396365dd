"""A third BLIND part of the detection corpus: NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written on 2026-12-04 (session i10b3) while another engineer improved the recognizers on the misses
of BLIND and BLIND-2, by someone who read none of the recognizer, vocabulary or scan code
(server/needtoknow/inspect/) and none of the earlier parts' phrase lists beyond their first lines
(seen while reading the module interface): it judges whether those improvements generalise to
phrasings nobody tuned for. The positives are how UK home-care office staff write key-safe, door,
gate and alarm codes in rotas, care plans, handovers, texts and spreadsheets (labels before and
after the code, abbreviations, typos, several lines, a few other languages the workforce uses at
work); the traps are the ordinary numbers such mail carries (times, dates, money, rooms, flats,
buses, extensions, references, doses, staff and payroll numbers, years, counts), many of them right
next to "door", "gate", "safe" or "code". Every case is labelled as a careful reader would label
it. It was committed before its first run. Do not add a rule, vocabulary word or stop word because
a case here is missed; write a new blind part instead. Slots as in detection_corpus: {code}, {n},
{year}, {time}.

First run, run on fb0f872 (before the round's improvements): 2026-12-04 19:15 UTC, commit 898e483
(fb0f872 plus this part), `bench/bench_detection.py --parts blind3`, seed 10, scale 1: BLIND-3
recall 98.00 %, precision 96.79 % (8 of 400 positives missed, 13 of 400 traps fired). Which cases
were missed is in the session's report only, so that nobody tuning the rules sees them here. Any
later figure is after rules changed: compare it with this one, and never tune on this part.

The lists are 63 positives and 65 traps long: 63 shares no factor with 5 (every fifth positive
is a table) or 8 (the formats), 65 none with 8, so every phrasing meets several formats.
"""

BLIND3_POSITIVE = [
    # Rota lines: several numbers on the line, one of them the code.
    "07:30 Mrs Hale - 14 Orchard Way - KS {code} - double up",
    "Mon AM call: Mr Okafor, key safe {code}, meds in blister pack",
    "Ivy Barnes (Tues/Thurs) - keysafe to left of door {code}",
    "Lunch call 12:15, Flat 3 Mill Court, keysafe {code}",
    "Run 2 | 08:45 | Mr Amin | KS {code} | 30 mins",
    "Tea call 16:30 - Jean Wood - use key safe {code}",
    # Short labels, as typed on a phone.
    "Key safe code - {code}",
    "Code for key safe: {code}",
    "key safe code is {code} pls scramble after",
    "KEY SAFE CODE {code} - RETURN KEY AFTER EVERY VISIT",
    "K/safe {code}",
    "Ks {code}, key is on the blue fob",
    "Keysafe combo: {code}",
    "Keybox {code}",
    # Care-plan sentences.
    "Key safe located to the right of the front door. Code: {code}. Please ensure the key is "
    "returned and the numbers scrambled.",
    "Access arrangements: carers to access the property via key safe, code {code}.",
    "How to access the property: key safe ({code}) by the back door",
    "Access details - keysafe {code}, then knock and announce yourself",
    "Carer to let self in using key safe {code} (KS is on the left of the porch)",
    "If no answer, use the key safe ({code}) and ring the office",
    "Emergency access only: key safe {code}",
    "Keys: in the key safe under the kitchen window, {code}",
    "Key lock box on the shed - {code}",
    "Supra key safe, code {code}",
    "Please ring before the visit - key safe code {code}",
    # The code before its label.
    "{code} is the keysafe code",
    "{code} - key safe",
    "Code {code} for the key safe, don't give it to anyone else",
    # Several lines.
    "Mr Turner\n22 Beech Road\nKey safe: {code}\nNext of kin: daughter",
    "ACCESS\nKey safe by the meter box\nCode {code}",
    "Hi all,\nMrs Ali's keysafe has changed.\nNew code: {code}\nThanks, Sue",
    # Changes and handover texts.
    "pls note change of keysafe code for Mrs Ali, new one is {code}",
    "Hi it's Sue from the office, Doris's key safe code has been changed to {code} by her son. "
    "Thanks",
    "Carer: can't get in at Mr Brown's, has the code changed? Office: yes sorry, key safe is "
    "{code} now",
    "FYI daughter changed the keysafe yesterday -> {code}",
    "From 01/12 the key safe code will be {code}",
    "Note: new code for the key safe is {code}",
    # Typos.
    "key saf code {code}",
    "keysfae {code}",
    "Key sfae code is {code}",
    "Kesafe code {code}",
    # Doors, gates, buildings, alarms.
    "Communal door code {code}, flat is on the 2nd floor",
    "Main entrance keypad code is {code}, lift to 3rd floor, flat 31",
    "Gate code {code} then the front door is on the latch",
    "Side gate padlock combination {code}",
    "Code for the back gate is {code} - please shut it, the dog gets out",
    "Push-button lock on the porch door: {code}",
    "Front door has a keypad lock, code {code}, press the lock button when you leave",
    "Fob doesn't work so use the keypad at the main door, {code}",
    "Warden-controlled scheme - door code {code}, sign the visitors book",
    "Code to get into the building: {code}",
    "The alarm code is {code} - she may have set it overnight",
    "Burglar alarm: {code} to turn it off, you have 30 secs",
    "House alarm unset code {code}",
    "Gate: {code} / Door: key in the safe",
    # Other languages staff use at work.
    "Klucz jest w skrzynce przy drzwiach, kod {code}",
    "Cheia e \u00een cutiu\u021ba de l\u00e2ng\u0103 u\u0219\u0103, codul {code}",
    "Yung code ng keysafe ni Mrs Hale ay {code}",
    "A senha da caixinha da chave \u00e9 {code}",
    "\u041a\u043e\u0434\u044a\u0442 \u043d\u0430 \u043a\u0443\u0442\u0438\u044f\u0442\u0430 "
    "\u0441 \u043a\u043b\u044e\u0447\u0430 \u0435 {code}",
    "La clave de la caja de llaves es {code}",
    "Rakt\u0173 d\u0117\u017eut\u0117s kodas {code}",
    "Cod y blwch allweddi: {code}",
]

BLIND3_TABLES = [  # header row, then one row; only {code} is filled in
    (["Time", "Client", "Address", "Key safe", "Notes"],
     ["07:30", "Mrs D Hale", "14 Orchard Way", "{code}", "Double up"]),
    (["Service User", "Postcode", "Access"], ["Mr R Okafor", "M14 5RT", "KS {code}"]),
    (["Client", "Key Safe Code", "Carer"], ["Ted Lowe", "{code}", "Sam"]),
    (["Customer", "Access info"], ["Mrs Pike", "Keysafe by garage {code}"]),
    (["Run", "Call", "Client", "KS"], ["Run 4", "Lunch", "Mr Amin", "{code}"]),
    (["Client", "Gate code", "Front door"], ["Mr Khan", "{code}", "On the latch"]),
    (["Name", "Key holder / key safe"], ["Rose Price", "Key safe {code}"]),
    (["Address", "Alarm code"], ["Flat 2, Elm House", "{code}"]),
    (["Client ID", "Name", "Key safe"], ["C0412", "Jean Wood", "{code}"]),
    (["Service user", "Keysafe code (do not share)"], ["Mrs Lee", "{code}"]),
    (["Client", "Access / key safe"], ["Mr Doyle", "{code} - left of porch"]),
    (["Visit", "Client", "Key code"], ["08:00", "Mrs Evans", "{code}"]),
]

BLIND3_TRAPS = [
    # Access words beside numbers that are not codes.
    "Please do not put key safe codes in emails - ring the office on ext {n}",
    "Key safe code sent separately as agreed - Sue, ext {n}",
    "The new gate code was texted to all carers at {time} - don't write it down",
    "Key safe code has not changed since March {year}",
    "Key safe fitted by the council on 14/03/{year}, job ref {n}",
    "Invoice {n} - supply and fit key safe \u00a362.50",
    "Key safe ordered, order no. {n}, should arrive Thurs",
    "Key safe model C500 Pro, the police-approved one",
    "We need 4 more key safes, \u00a339.99 each",
    "Key safe to be removed on 31/01/{year} when the package ends",
    "The back door sticks - repair logged with the housing association, ref {n}",
    "Front door lock changed in {year}, the landlord has spare keys",
    "Gate was left open at the {time} call, please make sure it's shut",
    "Double up call at {time}, both carers to use the front door",
    "Door to be left on the latch after the {time} call, per daughter",
    "Door answered by her son at {time}, visit completed",
    "Take the 86 bus, it stops right by the gate",
    "Please park by the side gate, not across no. 42's drive",
    "Room 14, first door on the left past the lounge",
    "Flat 27, third floor, the lift is by the main door",
    "Tenancy ref {n}, the housing officer will meet you at the gate at {time}",
    "Scheme manager is on ext {n}, her office is the door by the lift",
    "Gate 3 at the hospital, parking is \u00a32.50 per hour",
    "Quote Q{n} for the gate repair - \u00a3340 plus VAT",
    "Alarm engineer ref {n}, fault on the PIR sensor in the hall",
    "Alarm company engineer visiting 10/12 between 0900 and 1300",
    "Mrs Hale's pendant alarm went off at {time}, no injury",
    "Careline account number {n} - pendant tested today",
    "Mr Brown's door was found open at {time}, police incident number {n}",
    "Entry log: carer arrived {time}, left 0845",
    "Safe moving and handling course on 15/01/{year}, room 2",
    "Safeguarding referral made, reference {n}",
    # Ordinary numbers in agency mail.
    "Door to door transport booked, booking ref {n}",
    "Staff ID {n} - please quote it when you call the payroll line",
    "Payroll number {n}, pay date is the 28th",
    "Mileage claim for November: 142 miles, \u00a363.90",
    "Timesheet for week 48 attached, total 37.5 hours",
    "Holiday request 22/12 to 02/01, 6 days",
    "Rota for w/c 07/12/{year} attached",
    "Week 49 rota: 312 hours still unfilled",
    "Client number {n} has been discharged from hospital",
    "Mrs Ali has moved to Room 212 on the dementia unit",
    "Ext {n} is the out-of-hours coordinator",
    "Call the office on 0161 496 0732 ext 204",
    "CQC registration number 1-{n}",
    "PO number {n} for the new keypad batteries",
    "Annual budget \u00a3{n} agreed at the review",
    "Care package reviewed {year}: 4 calls a day, 21 hours a week",
    "Meter reading {n} taken today, card topped up \u00a320",
    "Delivery note {n}: grab rail, commode and perching stool",
    "Spend limit for shopping calls is \u00a330, receipts to the office",
    # Doses and observations.
    "Paracetamol 500mg, two tablets at {time}",
    "Metformin 1000 mg with breakfast, Amlodipine 5 mg at night",
    "Insulin 14 units at 0800 and 12 units at 1700",
    "BP 132/84, pulse 76, sats 97%",
    "Weight 64.2 kg on 03/11/{year}",
    "Fluid intake 1200 ml today, output 900 ml",
    "MAR chart page 2 of 3 signed at {time}",
    # Several lines.
    "Mr Turner\n22 Beech Road\nTel 0161 496 0418\nNOK: daughter, Claire",
    "Visits:\n0730 - 30 min\n1230 - 30 min\n{time} - 45 min",
    "Hi all,\nTraining on 15/01/{year} at 1000, room 3.\nThanks, Sue",
    # Other languages.
    "Wizyta o {time}, pok\u00f3j 12",
    "Am ajuns la {time}, am plecat la 0845",
    "Turno de {time} a 2200, habitaci\u00f3n 5",
    "Dumating ako ng {time}, room 14",
]
