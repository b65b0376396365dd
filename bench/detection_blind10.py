"""BLIND-10, a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b10 on 2026-12-04 at about 23:00 UTC, in the voice of a scheduler (rotas,
run sheets, shift-swap texts, spreadsheet cells) and a trainer (induction notes, emails to new
carers). The author had not read the recognizers, their vocabulary, the scan code, nor any earlier
blind part. Committed before its first run.

Slots: positives carry `{code}` (filled with codes such as 4821, B4821, 4821X, 48 21, 48-21,
four eight two one); tables fill only `{code}`; traps carry `{n}` (1000-99999), `{year}`
(1950-2029) and `{time}` (e.g. 0830) and hold no code for getting in.

First run on 436e31d (2026-12-04 23:03 UTC, `bench/bench_detection.py --parts blind10`, seed 10,
scale 1): BLIND-10 recall 94.00 %, precision 95.19 % (24 of 400 positives missed, 19 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND10_POSITIVE = [
    # very short: rota cells, texts, notes
    "KS {code}",
    "key safe {code}",
    "keysafe - {code}",
    "Door code {code}",
    "gate {code} pls",
    "ks code is {code} x",
    "Alarm {code}",
    "{code} for the key safe",
    "{code} = front door keypad",
    "Padlock on side gate: {code}",
    "Lockbox {code}",
    "Communal door {code}",
    "keysafe by back door, {code}",
    "Code to get in {code}",
    "KS changed -> {code}",
    "Entry {code} then flat 4",
    "keypd {code}",
    "Keey safe cde {code}",
    "new gate code {code} from Mon",
    "Alarm off: {code}",
    "Main door {code}#",
    "ks {code} (left of porch)",
    "Code {code} for the bin store gate where the key safe is",
    "Shed padlock {code}",
    "Building entry {code}, then lift to 3",
    "{code} is the door code",
    "KS: {code} / alarm none",
    # one or two sentences
    "Hi Jade, can you cover Mrs Okafor's teatime call tomorrow? Key safe is {code}, it's on "
    "the wall by the bins.",
    "Swapping with Tom on Thursday, he's got the key safe number ({code}) so you don't need it.",
    "Just a reminder the family have changed the key safe code to {code}, please don't use the "
    "old one.",
    "The carer should let themselves in using the key safe ({code}) and call out on entering "
    "as Mr Price is hard of hearing.",
    "Please put the key back in the safe and scramble the dial after use. Code is {code}.",
    "For Flat 12 press the trade button, if that doesn't work the communal door code is {code}.",
    "Alarm panel is in the hall cupboard - tap in {code} within 30 seconds or it goes off.",
    "Gate at the end of the drive has a keypad, use {code} and make sure it shuts behind you.",
    "sorry forgot to say the ks is {code} lol",
    "Can someone text Priya the code for Mr Dunn's, it's {code}, she's never been there before.",
    "Morning run: access via key safe left of front door, code {code}. Back door is bolted.",
    "Please note new access arrangements from today: lockbox on the garage wall, combination "
    "{code}.",
    "Door entry system at Beech Court - dial {code} then the key symbol.",
    "Pop the key back, roll the numbers off {code} so nobody can see them.",
    "If the daughter isn't in, the spare key is in the key safe under the meter box, number "
    "{code}.",
    "She's put a padlock on the side gate now - combo {code}.",
    "The code for the door is {code}, it's the grey box not the white one.",
    "Induction tip: at Mrs Lowe's the key safe is {code} and it sticks, push the button hard.",
    # longer, several numbers
    "Hi all, rota for week commencing Monday is attached. Two changes: Mr Hale now has 4 calls "
    "a day (0800, 1230, 1700, 2000) and his key safe code has changed to {code}. Please update "
    "your notes.",
    "Handover 14/03: Mrs Bibi had a settled night, meds given at 2200 as per MAR. Key safe "
    "{code} is working again after the battery issue. Family visiting at 11.",
    "Welcome to the team! For your shadow shifts you'll be with Sandra. First call is 7.30 at "
    "23 Elm Road - the key safe is on the right of the door and the code is {code}. Bring your "
    "ID badge and gloves.",
    "Run sheet Tues AM\n0730 Mr R - KS {code}\n0815 Mrs T - family let in\n0900 Mr K - double "
    "up with Leanne",
    "Access: Key safe to the left of the front door.\nCode: {code}\nNotes: Please lock the "
    "back door on leaving, the kitchen window does not close properly.",
    "Shift swap agreed - Amy takes Sat 0700-1400, you take her Sun. Amy, first client is Mr "
    "Shah, door code {code}, 2nd floor flat, lift is often broken so allow time.",
    "Re: new package starting Monday. Client lives in a sheltered scheme, main entrance keypad "
    "{code}, then her flat door is opened with the key from the key safe (same code). Warden "
    "on site until 4pm.",
    "Care plan - Environment: Lives alone in a 2 bed bungalow. Entry via key safe by the porch "
    "({code}). Pendant alarm worn at all times. Cat must not be let out.",
    "Updated access info for the evening run, 3 clients:\n- Mrs Ford: key safe {code}\n- Mr "
    "Ali: son lets you in\n- Mrs West: ring bell, she answers",
    "Training note for new starters: never write the key safe number on the timesheet. E.g. at "
    "our office the lockbox is {code} - this is the kind of thing that stays in the app only.",
    "Just spoke to the daughter. She's had a new key safe fitted yesterday because the old one "
    "was broken. New number is {code}. Old key safe has been removed. Thanks, Lisa "
    "(scheduling)",
    "Evening call 1900: please check the back gate is locked, the padlock code is {code}. Then "
    "alarm on when leaving, same code.",
    "Rota note week 12 - Mr Evans' gate code is {code} now, double up calls at 0800 and 2030, "
    "please arrive together.",
    "Hiya, I'm off sick tomorrow, can you do my lunches? Mrs P key safe {code}, Mr G door is "
    "on the latch, Mrs H code is in the app.",
    "Meeting point for new starters: the office at Unit 4. If you are early, the staff "
    "entrance keypad is {code} and the kettle is in the back.",
    "KS chnged by famliy, now {code}, plz update rota sheet asap",
    "Code 4 the key safe is {code} btw, the box with the dial not the one with buttons",
    "Door - {code}\nAlarm - none\nParking - on the drive",
    "Mrs Kaur - access\nkey safe: {code}\nbehind the wheelie bin",
    # other languages staff use at work
    "Kod do skrzynki na klucze: {code}",
    "Codul de la cutia cu chei este {code}, lângă ușa din spate.",
    "O código da caixa das chaves é {code}.",
    "El código de la puerta es {code}.",
    "Yung code ng key safe ay {code}, sa tabi ng pinto.",
    "Kod do domofonu {code}, potem drugie piętro.",
    "Codul la poartă: {code}",
]

BLIND10_TABLES = [
    (["Client", "Key safe"], ["Mrs A", "{code}"]),
    (["Time", "Client", "Access"], ["0730", "Mr B", "KS {code}"]),
    (["Name", "Address", "Door code", "Notes"],
     ["Mrs Jones", "Flat 3, Rose Court", "{code}", "Hard of hearing"]),
    (["Service user", "KS no.", "Alarm"], ["J Patel", "{code}", "N/A"]),
    (["Client", "Access info"], ["Mr C", "key safe by porch {code}"]),
    (["Mon", "Carer", "Client", "Entry"], ["0800", "Jade", "Mrs D", "{code}"]),
    (["Property", "Gate code", "Key safe"], ["12 Oak Lane", "{code}", "same as gate"]),
    (["Client ref", "Lockbox"], ["Mrs K", "{code}"]),
    (["Run", "Client", "Keysafe code", "Duration"], ["AM1", "Mrs E", "{code}", "30 mins"]),
    (["Name", "How to get in"], ["Mr F", "code {code} on the side door"]),
    (["Client", "Communal entry", "Flat"], ["Mrs G", "{code}", "14"]),
    (["Client", "Padlock (shed)"], ["Mr H", "{code}"]),
    (["Call", "Access"], ["Lunch - Mrs I", "alarm {code} then key in safe"]),
]

BLIND10_TRAPS = [
    # very short
    "Order no. {n} - key safe x2",
    "Alarm pendant ID {n}",
    "Gate {n} at the retail park",
    "Room {n} - door sign",
    "Invoice {n}",
    "Ext {n}",
    "PO {n} for the keypad locks",
    "Serial {n} on the key safe",
    "Locksmith quote ref {n}",
    "Booking ref {n}",
    "Mileage {n} miles",
    "Key safe model {n}",
    "Timesheet {n}",
    "Lifeline unit {n}",
    "Course code {n}",
    "Staff ID {n}",
    "Door opens at {time}",
    "Gate shut at {time}",
    "Alarm set for {time}",
    "Client ref {n}",
    "Born {year}",
    "Key returned {time}",
    "Lock changed {year}",
    "Ticket {n} - door handle",
    "{n} steps today!",
    "Pin badge order {n}",
    # one or two sentences
    "Please order two more key safes for the office, our account number with the supplier is {n}.",
    "The alarm company's reference for Mrs Rowe's pendant is {n}, quote it if you ring them.",
    "Mr Grant is in Ward 7, bed 4, the entrance is Gate {n} from the main car park.",
    "Sort code and account number are on the bank form, not in emails - payroll ref {n}.",
    "Dress code reminder: black trousers, no jewellery. Uniform order number {n}.",
    "The key safe we recommend is the Supra C500, product code {n} on the website.",
    "Keys cut today, receipt number {n}, paid £{n} from petty cash.",
    "Door {n} in the rota spreadsheet is just the row number, ignore it.",
    "Her tax code is {n}L according to the letter from HMRC.",
    "Can you call the council on 0300 {n} about the gate repair? Ask for extension {n}.",
    "Your NHS number is on the letter, mine starts {n} too funny enough.",
    "The keypad on the office door is broken, facilities job number {n}.",
    "Pin number for the mobile phone has been reset, ask the office - do not text it.",
    "Training code {n} is the moving and handling course, book by {time} Friday.",
    "Lock the back door at {time} and leave the key with the neighbour at number 14.",
    "New alarm fitted in {year}, the engineer's job sheet is {n}.",
    "Please scan the NFC tag by the door at {time} when you arrive, tag ID {n}.",
    "Postcode for the new client is on the referral, the referral number is {n}.",
    "Door-to-door time from Mrs Ali to Mr Khan is about 12 mins, {n} metres.",
    "Key holder list updated {year}, version {n}.",
    "The gate at the cemetery closes at {time}, if you take Mr Bell to visit his wife.",
    "DBS certificate number {n}, issued {year}.",
    "Metformin 500mg at {time} and {time}, batch {n}.",
    "Fire door check done, certificate no. {n}.",
    "Visit code {n} in the app is for a 30 min personal care call, not for access.",
    "Monthly invoice to the council for {n} hours is attached.",
    "Driver's licence check code {n}, valid for 21 days.",
    "The lockbox for the company car keys is being replaced, order {n} arrives Tuesday.",
    "Code of conduct section {n} covers confidentiality.",
    "Please ring 0800 {n} for the out-of-hours alarm monitoring centre.",
    # longer, several numbers
    "Hi team, rota for w/c Monday attached. Total hours this week {n}, that's up on last week. "
    "Mr Hale's calls move to {time} and 1230. Please check your phones for the new visit list.",
    "Welcome pack for new carers: your employee number is {n}, your first shift is at {time} "
    "on Monday. Bring your passport and proof of address. Parking is behind the office through "
    "the side gate.",
    "Handover: Mrs Bibi had a fall at {time}, no injury. Ambulance incident number {n}. "
    "Daughter informed. Back door was locked, key put back in the key safe as normal.",
    "Key safe installation: the fitter from Age UK is coming on the 14th between {time} and "
    "1600, job reference {n}. Please make sure someone is there to let him in.",
    "Induction week 1: Day 1 policies (room {n}), Day 2 moving and handling, Day 3 meds, Day 4 "
    "shadow shifts. Start {time} every day, doors open from 8.",
    "The alarm went off at Mr Kemp's at {time} last night. Monitoring centre ref {n}. The "
    "engineer says the sensor by the door is faulty and will come back on Friday.",
    "Shift swap: Amy works Sat {time}-1400 instead of Sun. Her staff number is {n}. Please "
    "update the rota and payroll.",
    "Mileage claim for November: {n} miles at 45p, please submit by the 25th. Receipts for "
    "parking at the hospital gate to go in the envelope.",
    "Run sheet notes: Mr Shah lives at {n} High Street (the flats above the bakery). Parking "
    "bay 3. Ring the bell and wait, he takes a while to get to the door.",
    "Care plan review due {year}. Client born {year}, lives alone, uses a zimmer frame. Key "
    "safe fitted by family. Pendant alarm provided by Careline, customer no. {n}.",
    "Reminder from training: never write door codes on paper timesheets. Timesheets now go "
    "through the app, your login is your staff ID ({n}) and a password you set yourself.",
    "Mrs Ford's new hospital bed arrived, delivery note {n}. The old one will be collected on "
    "Thursday at {time}, driver will knock at the side door.",
    "Complaint ref {n}: the carer left the gate open and the dog got out. Investigated and "
    "discussed in supervision on the {time} call review.",
    "Equipment loan: key safe and door chain, loan number {n}, to be returned when the package "
    "ends. Value £{n}.",
    "Please note the office phone extensions have changed. Scheduling is now {n}, training is "
    "{n}, on-call stays the same.",
    "Client moved to Room {n} at Oakfield Nursing Home. Visiting hours {time} to 2000, sign in "
    "at reception.",
    "Door handle fitted by OT on {year} order {n}. Client can now open the door herself so no "
    "key safe needed.",
    "The lock on the side gate is broken. Council repairs ticket {n}, estimated fix within 5 "
    "working days. Use the front door until then.",
    "PPE stock: {n} gloves, 200 aprons, 50 masks. Reorder code for gloves is on the box.",
    "Zamówienie nr {n} - nowa skrzynka na klucze dla biura.",
    "Numărul de angajat este {n}, tura începe la {time}.",
    "O número do quarto é {n}, no segundo andar.",
    "Rota\nMon {time} Mrs A\nTue {time} Mr B\nHours total {n}",
    "Hi, it's Jade, I'm outside number {n} but nobody's answering the door, shall I wait?",
    "Alarm pendant batteries replaced on all {n} units in the scheme, next check {year}.",
    "New starter checklist: ID badge no. {n}, uniform size, bank details form, DBS, right to "
    "work, induction booked for {time} Monday.",
    "Gate code? no idea, I'll ring the daughter after {time} and ask her to send it through "
    "the app not by email.",
]
