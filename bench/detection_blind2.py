"""A second BLIND part of the detection corpus: NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written on 2026-12-04 (session i10c) before any rule or vocabulary of this round changed and
without reading the model's vocabulary (access_vocabulary.py, access_languages.py, phrases.py):
the phrasings are how UK home-care office staff write key-safe and door notes in rotas, care
plans and handovers, and the traps are the ordinary numbers such mail carries (times, dates,
money, rooms and flats, extensions, order and invoice references, doses, staff numbers, years
next to access words). It was committed before its first run; the first run is the one reported
below. Do not add a rule, vocabulary word or stop word because a case here is missed; write a
new blind part instead. Slots as in detection_corpus: {code}, {n}, {year}, {time}.

First run (2026-12-04 16:57 UTC, commit f78240e, `bench/bench_detection.py`, seed 10, scale 1):
BLIND-2 recall 96.75 %, precision 100.00 % (13 of 400 positives missed, 0 of 400 traps fired).
The misses: "Keys \U0001f449 {code}" (5), "Darwaze ka code {code} hai" (4), "Dhoka ko code {code}"
(4). Any later figure is after rules changed with these misses seen: no longer blind.
"""

BLIND2_POSITIVE = [
    # Rota and care-plan notes, as typed in a hurry.
    "KEYSAFE {code} (round the side by the bins)",
    "Access: key safe left of front door, code {code}",
    "Key safe is on the wall behind the drainpipe - {code}",
    "Keysafe code has changed to {code} as of Monday",
    "New key safe number {code}, please update the care plan",
    "Please note the key safe combination is now {code}",
    "Carers to use key safe ({code}) and return key after each call",
    "Entry via keysafe {code}, ring the bell and call out before going in",
    "KS: {code}",
    "ks code {code}",
    "key safe - {code} - please scramble the numbers after use",
    "Daughter has changed the keysafe to {code}",
    "Code for the key box is {code}",
    "Front door keypad {code}",
    "Main entrance door code {code} then lift to the first floor",
    "Communal door: {code}",
    "Building entry code {code}",
    "To get into the block press {code} on the panel",
    "Back gate combination lock {code}",
    "Padlock on the side gate is {code}",
    "Garage keypad {code}",
    "KEY SAFE CODE = {code}",
    "key safe no. {code}",
    "Keysafe #{code}",
    "Access via key safe. {code}",
    "Keysafe \u2013 code: {code}",
    "The code to the key safe outside is {code}",
    "Please use the key safe, the numbers are {code}",
    "Let yourself in using the key safe ({code})",
    "Key safe by back door {code}",
    "Key in keysafe, code {code}, please lock the door on leaving",
    "Keysafe combination {code} - please do not give this out",
    "Door entry code for the sheltered scheme {code}",
    "Supported living flat: front door code {code}",
    "Lockbox on the gate post: {code}",
    "Access details: keysafe {code}",
    "Access info - KS {code}",
    "Key safe combo {code}",
    "She has a key safe, it's {code}",
    "The number for the key safe is {code}",
    "Keypad on the back door, enter {code} and press the tick",
    "Key safe combination: {code}. Please spin the dials after use.",
    # Slips of the keyboard.
    "keysfae {code}", "Kesafe code {code}", "Key sfae {code}", "Keysafee: {code}",
    "Lcokbox {code}", "Acess code {code}",
    # Symbols in place of words.
    "\U0001f511 {code}", "\U0001f511 safe {code}", "Keys \U0001f449 {code}", "KS \u2192 {code}",
    "K/S = {code}", "Key safe>>{code}",
    # Other languages the model claims.
    "Kod do sejfu na klucze: {code}", "Klucz jest w skrzynce na klucze, kod {code}",
    "Codul de la cutia cu chei este {code}", "C\u00f3digo da caixa das chaves: {code}",
    "C\u00f3digo de la caja de llaves: {code}", "Codice della cassetta delle chiavi {code}",
    "Code de la bo\u00eete \u00e0 cl\u00e9s : {code}",
    "Rakt\u0173 d\u0117\u017eut\u0117s kodas {code}",
    "\u041a\u043e\u0434 \u043e\u0442 \u0441\u0435\u0439\u0444\u0430 \u0441 \u043a\u043b\u044e\u0447\u0430\u043c\u0438 {code}",
    "\u041a\u043e\u0434\u044a\u0442 \u043d\u0430 \u0432\u0440\u0430\u0442\u0430\u0442\u0430 \u0435 {code}",
    "Kulcsdoboz k\u00f3dja: {code}", "K\u00f3d od schr\u00e1nky na kl\u00ed\u010de {code}",
    "Ang code ng pinto ay {code}", "Darwaze ka code {code} hai", "Dhoka ko code {code}",
]

BLIND2_TABLES = [
    (["Client", "Address", "KS"], ["Jo", "12 Elm Road", "{code}"]),
    (["Name", "Key safe no."], ["Al", "{code}"]),
    (["SU", "Access code"], ["Pa", "{code}"]),
    (["Client", "Door code"], ["Ke", "{code}"]),
    (["Run", "Client", "KS code"], ["AM", "Ja", "{code}"]),
    (["Client", "Key safe location", "Code"], ["Ri", "left of porch", "{code}"]),
    (["Client", "Access", "Notes"], ["Ma", "Keysafe", "{code}"]),
    (["Client", "Entry"], ["Vi", "{code}"]),
]

BLIND2_TRAPS = [
    # Office and finance references.
    "Invoice {n} is attached for October", "Purchase order {n} for gloves and aprons",
    "Please quote our ref {n} in any reply", "Our reference: {n}",
    "Call the office on extension {n}", "Staff ID {n} - please add to the rota",
    "Payroll number {n}", "Employee number {n}", "Total due \u00a3{n}",
    "Care package costs {n} pounds a month", "Cost centre {n}",
    "DBS certificate number {n}", "Account number {n}", "Tracking number {n} for the delivery",
    "Safeguarding referral {n} has been closed", "CQC registration {n}",
    "Sort code 20-45-77", "Discount code {n} for the training course",
    "Training course code {n}", "Equipment loan ref {n}",
    # Care records: times, doses, measures.
    "Call at {time} for the lunch visit",
    "Visit moved to {time}, carer to let themselves in as usual",
    "Blood sugar reading taken at {time}", "Carer arrived {time}",
    "Metformin {n}mg prescribed", "Fluids: {n} ml today", "Batch number {n} on the insulin pen",
    "Prescription number {n}", "Pharmacy order {n} ready for collection at {time}",
    "Serial number on the hoist {n}", "Lifeline pendant ID {n}", "Careline alarm account {n}",
    "Pressure cushion, product code {n}", "Door width {n} mm for the wheelchair",
    "The entrance is {n} metres past the post box",
    # Years and times next to access words.
    "Key safe fitted in {year}", "The key safe was installed by the council in {year}",
    "Door replaced in {year}", "Moved into the bungalow in {year}", "Born in {year}",
    "Shift starts {time} - please enter through the back door", "Gate locked after {time}",
    "Front door key returned to the office at {time}", "Key safe checked at {time}, all fine",
    "Key safe supplier invoice {n}", "Door entry system repair job {n}",
    "Gate repair quote \u00a3{n}", "Code of conduct updated {year}",
    # Places and people that are not codes.
    "Flat 12, Oak Court, second floor", "Meeting in room {n} at head office",
    "Her ward extension is {n}", "Keys handed to the neighbour at number 23",
    "Take the number 42 bus to the surgery", "Parking permit {n} for the carer's car",
    "Client asked carer to use her debit card PIN {n} at the shop", "Phone unlock PIN {n}",
    "WiFi code {n} for the tablet", "Appointment at {time} on 14/03/{year}",
    # Other languages.
    "Wizyta o godzinie {time}", "Factura {n} pentru luna octombrie",
    "Pedido n\u00famero {n}", "Fattura numero {n}",
]
