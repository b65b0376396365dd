"""BLIND-5: a fifth blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b5 on 2026-12-04 at 22:20 UTC, from how UK home-care office staff write
(rotas, care plans, handovers, texts, spreadsheet cells, notes in a hurry, a few other languages).
The author had not read the recognizers, their vocabulary, the scan code, nor any earlier blind
part. It was committed before its first run, so no figure it gives has shaped what it holds.

Slots: {code} a code in the positives and tables (only slot filled there); {n} a number from
1000 to 99999, {year} 1950-2029 and {time} such as 0830 in the traps. A trap holds numbers but no
code for getting in: a sentence that really gives one belongs with the positives.

First run on 5d26cb4 (2026-12-04 22:18 UTC, `bench/bench_detection.py --parts blind5`, seed 10,
scale 1): BLIND-5 recall 94.00 %, precision 93.77 % (24 of 400 positives missed, 25 of 400 traps
fired; the false alarms were in csv 10 %, pdf 20 %, xlsx 20 % of their traps, none in the other
formats — with 80 trap templates and 8 formats taken in turn, each trap template always lands in
the same format, so this sorts templates, not formats). No label was changed after it. Which cases were
missed is kept out of this repository; a later figure is blind only for rules written by someone
who had not seen this part's results.
"""

BLIND5_POSITIVE = [
    # Plain statements, label before the code.
    "Key safe is to the left of the front door, code {code}",
    "KS code {code} - please scramble the numbers after use",
    "Mrs Okafor - keysafe {code}. Carers to knock loudly before going in.",
    "Door entry for the flats: press {code} then the bell for flat 6",
    "Gate code {code}# then walk round to the side door",
    "Alarm: {code} to unset, panel is in the hall cupboard",
    "The padlock on the side gate is {code}",
    "Communal door code changed to {code} as of Monday",
    "lockbox by the meter cupboard, combo {code}",
    "Keypad on the main entrance - {code} then press the key symbol",
    "The door code for the sheltered scheme is {code}, warden is on site 9-5",
    "Intercom code for block B: {code}",
    "Keysafe combination for 14 Elm Road is {code}",
    "Mr Price sets his alarm when he goes to bed; unset code {code}",
    "Security door at Willow Court - fob reader broken, use code {code} for now",
    "KEYSAFE NUMBER {code}",
    "PIN for the key safe is {code}",
    "Door code = {code}",
    "To disarm the alarm enter {code} within 30 seconds",
    "Gate to the bungalows: {code}",
    "Key-safe no {code}",
    "alarm pin {code}",
    "K.S. {code}",
    # Code before its label, or the label only implied by what follows.
    "{code} is the key safe, back door sticks so lift the handle",
    "{code} - keysafe (round the side)",
    "Code is {code} for the key safe",
    "{code} for the gate, then the key safe is on the shed",
    "The combination is {code}, the box is hidden behind the plant pot",
    "To get into the building use {code} on the panel, then the lift to the 3rd floor",
    "Entry {code} main door",
    # Texts and quick messages.
    "Hiya, new keysafe number for Pat is {code} x",
    "Can someone send me the code for Joan's key safe? -- It's {code}",
    "Plz use ks {code} not the one on the notes, its old",
    "the number for the keysafe is {code} btw",
    "If no answer, key safe {code} and let yourself in",
    "Daughter has changed the code to {code}, key safe is on the garage wall",
    "Mrs T's sister said the new code for the key safe is {code}, can you update the care plan",
    "Just to confirm the alarm code is {code} and the key safe uses the same one",
    "Mr Lee: ring the bell twice, if no answer use the key safe, combo is {code}",
    "Bin store and front door both on {code}",
    # Typos and abbreviations.
    "keysfe {code}",
    "key sfae code {code} pls shred after reading",
    "cd for ks {code}",
    "access - k/safe {code}",
    "gate cd {code} ta",
    "kesafe combo {code}, its stiff so push the button down hard",
    # Care plans, handovers, rotas.
    "Handover: Mr Dunne's key safe {code}, he was unsettled this evening, ate half his tea.",
    "Care plan - Access: key safe at front, {code}. Client cannot answer the door.",
    "ACCESS: KS {code}. Parking on street.",
    "Rota Tue: 07:30 Mrs Bell (KS {code}), 08:15 Mr Khan, 09:00 Mrs Lyons",
    "Please note the key safe combination has been changed by the family to {code}.",
    "Key safe now fitted - code {code} - thanks to the OT for sorting",
    "Keysafe code - {code} (don't write this on the timesheet)",
    "Key safe code updated on the system: {code}",
    "New starter info: Flat 12 door entry {code}, lift out of order",
    "Hi team, a reminder that Doris's keysafe code is {code}. Please don't share. Thanks, Office",
    "The key safe (code {code}) is on the wall by the garage",
    "Access via back garden, gate code {code}, keysafe on the shed wall",
    # Multi-line notes.
    "Key safe\nCode: {code}\nLocation: left of porch",
    "Access info\n- key safe {code}\n- dog in kitchen, keep door shut",
    "Evening handover\nMrs Allen - settled, fluids 800ml\n"
    "Mr Ward - new KS code {code}, family changed it today",
    "Mr Hussain\nLives alone, 2 calls a day\nKey safe:\n{code}",
    # Cells pasted from spreadsheets.
    "KS;{code};front door;no pets",
    "Client: Mrs F | Access: KS {code} | Visits: QDS",
    "Mrs Rowe\t{code}\tkey safe by back door",
    # Languages staff use at work.
    "Cod y blwch allweddi yw {code}",
    "Kod do sejfu na klucze: {code}",
    "Codul de la cutia cu chei este {code}",
    "O código da caixa de chaves é {code}",
    "Ang code ng key safe ni Lola ay {code}",
    "El código de la puerta es {code}",
]

BLIND5_TABLES = [
    (["Name", "Address", "Access"], ["Mr R Cole", "3 Mill Lane", "KS {code}"]),
    (["Client", "Visit", "Key safe code"], ["Mrs D", "08:00", "{code}"]),
    (["Service user", "Door entry", "Notes"], ["E. Grant", "{code}", "Hard of hearing"]),
    (["Run", "Client", "Time", "Code"], ["Run 2", "Mrs H", "0745", "{code}"]),
    (["Property", "Alarm code"], ["Flat 4, Rose Ct", "{code}"]),
    (["Client ID", "Name", "Keysafe"], ["10452", "Mr P", "{code}"]),
    (["Cliente", "Código caja de llaves"], ["Sra. M", "{code}"]),
    (["Access", ""], ["Gate", "{code}"]),
    (["Mon", "Tue", "Wed"], ["Mrs B (KS {code})", "Mr C", "Mrs B"]),
    (["Client", "Lockbox", "Pets"], ["Mr J", "{code}", "cat"]),
    (["Client", "Access info"], ["Mrs K", "key safe left of door - {code}"]),
    (["Scheme", "Communal door", "Warden ext"], ["Oak House", "{code}", "214"]),
]

BLIND5_TRAPS = [
    # Orders, invoices and references for the very things that hold codes.
    "Key safe ordered from Amazon, order no. {n}, arriving Thursday",
    "Invoice {n} for the key safe installation is attached",
    "PO {n} raised for two replacement key safes",
    "Screwfix product code {n} is the police-approved key safe we use",
    "Locksmith booked for tomorrow, job no. {n}, the key safe is broken so do not use it",
    "Padlock ordered for the bin store, Amazon order {n}",
    "Lock change quote ref {n} sent to the landlord",
    "Keys cut at Timpson for the family, receipt {n}",
    "IT ticket {n} logged: the keypad in the office needs new batteries",
    "Burglar alarm company job number {n}, engineer to call Mrs Hill",
    # Serial numbers, asset tags, model numbers.
    "Alarm pendant asset tag {n} returned to Careline",
    "Lifeline unit serial {n} needs a new battery",
    "Careline reference {n} for the falls alarm",
    "Door fob serial {n} lost, please deactivate it",
    "Padlock on the shed (Master Lock model {n}) is rusted, the key is with the daughter",
    "Battery for the door sensor is a CR{n}",
    "Boiler showing error code E{n}, engineer booked for Friday",
    # Codes that are not for getting in.
    "Your tax code has changed to {n}L, please check your payslip",
    "Please pay invoice {n} to sort code 40-11-62",
    "Moving and handling refresher, course code MH{n}",
    "Dress code for the awards night is smart casual, doors open at {time}",
    "Postcode for the sat nav is LS6 2PX, house number on the rota, client no. {n}",
    "Train booking reference {n} for the conference in Leeds",
    # A code is mentioned but not given.
    "Key safe - code is in the locked folder, not by email. Client no. {n}",
    "Please ring the office for the key safe code, do not email it. Ref {n}",
    "Door code has not changed since {year}, the family have it",
    "Gate code is on the care plan, page 4. Plan ref {n}",
    "New key safe codes will be sent by phone only. Policy ref {n}",
    # Times beside doors, gates and alarms.
    "Door is locked at {time} every night by the warden",
    "Hospital car park gate closes at {time}, park on the street after that",
    "Her medication alarm goes off at {time}, please prompt her tablets",
    "Fire alarm test every Wednesday at {time}, no need to evacuate",
    "Front door found unlocked at {time}, reported to the office",
    "Gate left open at {time}, the dog got out, neighbour brought him back",
    "{time} Mrs Ross - key safe, let yourself in quietly",
    "Alarm clock set for {time} so he is up for the day centre bus",
    "Security light timer changed to {time} by the son",
    # Years, dates and ages.
    "The house was built in {year} so the doors are original and stick in the damp",
    "Mrs Green, born {year}, lives alone, key held by neighbour at no. 9",
    "The key safe was fitted by Age UK in {year}",
    "Mr Bell has lived at the same address since {year} and knows every neighbour",
    "Safeguarding level 2 certificate, expires {year}",
    # Measurements, doses, counts and money.
    "Door width {n}mm, the new wheelchair will not fit through",
    "Fluid intake today {n}ml, encouraged at every visit",
    "Colecalciferol {n} units once weekly, in the blister pack",
    "Meter reading {n} taken at the morning call, the meter cupboard key is on the hook",
    "Mr Ali walked {n} steps today according to his watch",
    "We completed {n} visits last month without a single missed call",
    "We delivered {n} hours of care this quarter",
    "Carers who reach {n} visits get a long service pin badge",
    "Annual budget for key safes and door fobs: £{n}",
    "Invoice total £{n}.00 for October care",
    "Mileage claim for November: {n} miles across all carers",
    "Lockbox audit: {n} boxes checked across the county, 3 need replacing",
    "Flu jab batch {n}, given at the 10am visit",
    # Phones, rooms, roads, flights, IDs.
    "If the alarm goes off at the office, ring facilities on ext {n}",
    "Locksmith: 0113 496 {n}",
    "Training is in room {n}, through the double doors on the left",
    "Our new office is Suite {n}, ground floor, second door on the left",
    "Take the B{n} and the gate to the farm is on the left after the bridge",
    "Mrs Ray's son flies in tomorrow, flight BA{n}",
    "Staff ID {n} - please clock in on the app, not the keypad in the office",
    "Payroll number {n}, please quote it on your timesheet",
    "Mrs Wood is on Ward 7, hospital number {n}, visiting from {time}",
    "Safeguarding referral number {n}, social worker to call back",
    "Key worker for Mrs Fox is Sarah, mobile ending {n}",
    "Pay at the machine by the hospital gate, ticket {n}",
    "NHS number 943 476 5919, GP practice code B{n}",
    "DBS certificate number 00{n}, checked and filed",
    # Multi-line notes and spreadsheet cells.
    "Handover\nMrs Kay - BP 142/88, fluids {n}ml\nMr Lowe - door sticks, needs a push",
    "Client ID;{n};Key safe;YES;Pets;no",
    "Visit log\nIn: {time}\nOut: 0915\nKey safe used, all locked up",
    "Mr Evans | Room {n} | Alarm pendant: yes | Door: keep locked at night",
    "Stock\nKey safes: 4\nPadlocks: 2\nOrder ref: {n}",
    # Languages staff use at work.
    "Numer zamówienia sejfu na klucze: {n}",
    "Rhif yr anfoneb ar gyfer y blwch allweddi: {n}",
    "Factura nr. {n} pentru cutia cu chei",
    "Número da encomenda do cadeado: {n}",
    "Pakibayaran ang invoice {n} para sa bagong key safe",
    "La alarma de las pastillas suena a las {time}",
]
