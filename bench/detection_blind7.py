"""BLIND-7: a seventh blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b7 on 2026-12-04, 22:29-22:33 UTC, from its own idea of how UK home-care
office staff write: a care coordinator's terse, abbreviated notes, texts and spreadsheet cells,
and a manager's formal letters to families, councils and suppliers. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part. Committed before its
first run, so its figures are an honest estimate on phrasings nobody tuned for.

Slots: {code} in BLIND7_POSITIVE and BLIND7_TABLES (the generator fills in a code); {n} (a
number 1000-99999), {year} (1950-2029) and {time} (e.g. 0830) in the traps and, as bystander
numbers, in some positives. Every trap holds numbers but no code a careful human would call one.

First run on 24c1dea (2026-12-04 22:32 UTC, `bench/bench_detection.py --parts blind7`, seed 10,
scale 1, formats drawn at random): BLIND-7 recall 93.75 %, precision 91.24 % (25 of 400 positives
missed, 36 of 400 traps fired). No label was changed after it. Which cases were missed is kept
out of this repository.
"""

BLIND7_POSITIVE = [
    # Very short: cells, texts, sticky notes.
    "KS {code}",
    "k/safe {code}",
    "Mrs D - keysafe {code}",
    "{code} keysafe (side of porch)",
    "door entry {code}#",
    "gate {code} then buzz flat 3",
    "Alarm: {code}",
    "alarm unset {code}",
    "padlock on bin store {code}",
    "comm door {code}",
    "lockbox {code} - back gate",
    "keypad {code} + tick",
    "ks cde {code}",
    "KEY SAFE = {code}",
    "Key safe changed to {code} today",
    "new code {code} for the key safe",
    "{code} is the key safe",
    "Hi hun, keysafe is {code} x",
    "Mr T kysafe {code} NOK aware",
    "cd for ks {code}",
    "garage padlock combo {code}",
    "Key safe left of door, {code}",
    "ks: {code} (NOT the old one)",
    "entrance {code} flat 12",
    "Bk door keysafe - {code}",
    "{code} front door pad",
    "main door code {code}",
    # One or two sentences.
    "Please note Mrs Okafor's key safe code is now {code} following the break-in last week.",
    "Can you let the new carer know the door code is {code}? She starts tomorrow at {time}.",
    "Daughter has changed the keysafe, new number {code}, old one no longer works.",
    "At the sheltered scheme press {code} on the keypad by the main entrance, then the call "
    "button for flat 7.",
    "The gate to the back garden has a combination lock, it's {code}.",
    "Alarm is set when you leave: enter {code} then press part-set.",
    "Double-up call, 2 carers. KS {code} on wall by the meter box.",
    "Lockbox on the railings holds the spare key, combination {code}.",
    "Just to confirm the key safe is {code}, could you make sure it's scrambled after use please.",
    "Access arrangements: communal door code {code}, flat on 2nd floor, lift available.",
    "Office said the key safe pin is {code} but it didn't open, tried twice",
    "Tues {time} call - let yourself in, key's in the safe ({code}).",
    "FYI the combination for the shed padlock where the commode is kept is {code}.",
    "Handover: Mr P settled, meds given, KS {code} scrambled on leaving, no concerns.",
    "Please could the carers use the porch door code ({code}) rather than knocking, he's hard "
    "of hearing.",
    "sorry its {code} for mrs begum's key safe, i typed it wrong earlier",
    # Long: letters, rota messages, multi-line notes.
    "Dear Mr Hughes,\n\nThank you for arranging the installation of a key safe at your mother's "
    "home. As agreed, we have recorded the code as {code} on her confidential access record, "
    "which only the carers on her rota can see. Please let us know promptly if you change it."
    "\n\nYours sincerely,\nCare Manager",
    "Dear Sir or Madam,\n\nFurther to your referral {n}, we confirm that the package of care will "
    "begin on Monday. The service user's key safe is beside the rear door and its code is "
    "{code}. Our first visit will be at {time}.\n\nKind regards",
    "Hi all,\nRota changes this week:\n- Mon AM: Sarah\n- Tue PM: Joe\nMrs Kaur's keysafe is "
    "now {code} (family changed it Sunday). Pls don't put it in the app notes.\nThanks",
    "Access info\nAddress: flat 4, the Maltings\nMain door: {code}\nParking: visitor bay only\n"
    "Notes: dog in kitchen",
    "Just had a call from Mr Walsh's son. The alarm company has been out and reset the panel; "
    "the new code to disarm it is {code}. The old fob no longer works. Can you update the care "
    "plan and let the evening run know?",
    "Dear Ms Patel,\n\nFurther to our meeting on the 2nd, we have agreed that carers will enter "
    "your father's home using the key safe, combination {code}. They will always return the "
    "key and scramble the dial before leaving.\n\nYours sincerely",
    "Evening run {time}:\n1. Mr A - KS {code}\n2. Mrs B - door open, knock\n3. Mr C - family in",
    "Incident: carer unable to gain access at {time}. Key safe code on file ({code}) did not "
    "open the box; office rang NOK who confirmed it had been changed. Visit 40 mins late.",
    "Good morning,\n\nPlease find below the access details for the new client on the Castle "
    "Estate. The estate has a barrier gate: the code is {code}. Details of her own front door "
    "will follow under separate cover.\n\nRegards",
    "Hello, it's Dave from the warden team. The communal entrance code at Elm House changes on "
    "the 1st; from then it will be {code}. Please pass this on to your carers who visit flats "
    "1-22.",
    "Row 14 Mrs Lowe - col F (KS) {code} - confirm w/ dtr before wk end",
    "To whom it may concern,\n\nThe social worker has asked us to share the key safe details "
    "for Mr Ahmed with the district nursing team. The key safe is on the wall to the left of "
    "the garage and the code is {code}. Please treat this as confidential.\n\nYours faithfully",
    "Care plan review: access unchanged. KS by back door {code}. Lights on timer. Thermostat in "
    "hall, leave at 20.",
    "Morning ladies \U0001F642 Mrs F's back gate has a new padlock, combo {code}. She's had a "
    "fall so go round the back. Thanks xx",
    "Night staff: alarm went off at {time}, used the code {code} to silence it, client fine, "
    "family informed.",
    "Care plan - Access: key safe to right of front door. Code {code}. Client unable to answer "
    "door, do not ring bell as it distresses her.",
    "{code} - that's the new code for the entrance at Willow Court, the old one was disabled "
    "yesterday.",
    "Hi Sue, covering Mrs Webb's calls from Mon. She's at 22 Fern Rd, the blue door. KS is "
    "round the side by the bins: {code}. Lunch call {time}, meds in dosette, she likes a cuppa "
    "first. Son's mobile is in the folder.",
    "Dear Mrs Allen,\n\nThank you for telling us about the new lock. We have updated your "
    "husband's record: the front door keypad code is now {code}, and carers will no longer use "
    "the key safe. The invoice for October ({n}) is enclosed.\n\nYours sincerely",
    "New client pack\nName: Mr G\nCalls: 4 x daily from {time}\nAccess: lockbox on back "
    "gate, code {code}\nRisks: 2 steps at front, poor lighting\nGP: Park Lane surgery",
    "Update from the block manager at Queens Court: the fob readers failed last night. Until "
    "the engineer comes (job {n}) the main door keypad takes {code}. Staff are asked not to "
    "prop the door open.",
    # Other languages staff use at work.
    "Kod do skrzynki na klucze: {code}",
    "Codul de la cutia cu chei este {code}, va rog nu il scrieti in notite.",
    "O código da porta é {code}",
    "Yung code ng key safe ni Mrs Lee ay {code}",
    "El código de la caja de llaves es {code}",
    "Key safe ka code {code} hai, peeche wala darwaza",
]

BLIND7_TABLES = [
    (["Service user", "Area", "KS"], ["Mr J Bell", "North", "{code}"]),
    (["Name", "Address", "Access"], ["E. Shaw", "12 Oak Rd", "keysafe {code}"]),
    (["SU", "Door code", "Notes"], ["RM", "{code}", "hard of hearing"]),
    (["Call", "Time", "Carer", "Entry"], ["AM", "0800", "Jo", "KS {code}"]),
    (["Property", "Alarm"], ["Flat 2 Rose Ct", "{code}"]),
    (["Scheme", "Main entrance", "Lift"], ["Beech House", "{code}", "yes"]),
    (["Client", "Gate code", "Parking"], ["Mrs Cole", "{code}", "drive"]),
    (["Ref", "Client", "Lockbox"], ["C-112", "K. Din", "{code}"]),
    (["Key safe code", "Location"], ["{code}", "left of porch"]),
    (["Client", "Access info"], ["Mr Rowe", "{code} padlock side gate"]),
    (["Klient", "Adres", "Kod"], ["Pani Nowak", "7 Mill Lane", "{code}"]),
]

BLIND7_TRAPS = [
    # Very short: numbers right beside access words that are not codes.
    "Key safe order no. {n} dispatched",
    "Keysafe invoice {n} attached, paid by BACS",
    "Supra C500 key safe x2, PO {n}",
    "Alarm pendant asset tag {n} returned to Careline",
    "Careline pendant serial {n} - battery low",
    "Key holder is the office, ext {n}",
    "Door entry fault logged with council, ref {n}",
    "Gate repair job no. {n}",
    "Lock change quote {n} from Ace Locksmiths",
    "Padlock from Screwfix, product code {n}",
    "Keypad batteries replaced {time}",
    "Key tag {n} signed out by Jo at {time}",
    "Loan key safe asset no. {n} collected",
    "Careline account number {n}",
    "Smoke alarm tested {time}, working",
    "Door left open at {time}, client safe",
    "Locked out {time}, waited 45 mins for NOK",
    "Keys cut x3, receipt {n}, £18",
    "Staff ID {n}",
    "Parking permit {n} in windscreen",
    "Course code {n}: Moving and Handling",
    "Booking ref {n} for the minibus",
    "Dress code for the awards night: smart casual, from 7.30",
    "Tax code 1185L from April",
    "Sort code 20-45-77, acc ending {n}",
    "NHS no. 943 476 5919",
    "Paracetamol 500mg x2 at {time}",
    "Fire door 3 propped open again",
    "Door width 760mm, wheelchair fits",
    "Ex-fix pin sites cleaned at {time}",
    "Key safe fitted {year}, rusty, needs replacing",
    "DOB 04/07/{year}, lives alone, door on latch",
    "Alarm engineer booked {time}, job {n}",
    "PO {n} - 6 padlocks, 4 key safes",
    # One or two sentences.
    "The gate code has changed - ring the office on ext {n} and we'll tell you over the phone.",
    "Ring 01632 960742 for the key safe number; never put it in a text.",
    "Discharge from St James's: go in via Gate 3 and park in car park B, level 2.",
    "Ward 12 door buzzer, ask for Sister Jones, extension {n}.",
    "Payroll portal PIN is sent by post, quote your employee no. {n} if it doesn't arrive.",
    "Tunstall Lifeline Vi+ base unit, serial {n}, plugged in by the bed.",
    "Mrs Grant has lived at no. 14 since {year} and won't have a key safe fitted.",
    "Client's house is 1a, grey door, the key safe is on the left of the porch.",
    "Quote {n} for 40 key safes: £1,180 inc VAT, delivery in 5 working days.",
    "Security door at reception opens with your ID badge, badge number {n} on the back.",
    "BP 132/84, pulse 88, BM 7.4 at {time}. Door locked on leaving.",
    "Timesheet: {time} to 1130, 2.5 hrs, mileage 14.",
    "Mr O's alarm went off at {time} - false alarm, toast burning, reset by Careline.",
    "Keypad on the meds trolley was reset by pharmacy; trolley 2 is now back on the unit.",
    "Training: Safeguarding L2, course code SG{n}, Room 4 at head office, {time} start.",
    "CQC provider ID 1-{n}, please quote it on all correspondence.",
    "Lock on the bathroom door is a thumb-turn, no code needed, ok for 2 carers.",
    "Code of Conduct section 4.2 covers confidentiality of client addresses.",
    "Room 1.04 at the hospice, door on the right after the lift.",
    "Postcode for the satnav is BD7 1DP, the gate is the second one after the bus stop.",
    "Uniform colour code: navy for carers, burgundy for seniors, 2 tunics each.",
    "Complaint ref {n}: family say the carer left the side gate open at {time}.",
    "Invoice {n} covers 56 hours of care in October at £24.50 an hour.",
    "Please bring the lockbox back to the office - asset {n} - it's due for its yearly check.",
    "Door {n} on the industrial estate is the new training room, parking round the back.",
    # Long: letters and notes with several numbers, none of them a code.
    "Dear Mrs Singh,\n\nThank you for your letter of 3 November. I can confirm that invoice {n} "
    "covers 56 hours of care at the agreed rate, and that the key safe we fitted is on your "
    "contract schedule at no charge. If you change its code, please tell us by phone rather "
    "than email.\n\nYours sincerely",
    "Dear Sir,\n\nRe: Purchase order {n}\n\nWe received 12 key safes and 6 padlocks, but 2 key "
    "safes were damaged in transit. Please arrange a collection and a credit note.\n\nKind "
    "regards",
    "To the Commissioning Team,\n\nOur Q3 figures: {n} visits delivered, 97% on time, 14 missed "
    "calls attributed to access problems (key safes changed without notice). We propose a "
    "standard form for families to tell us about changes.\n\nYours faithfully",
    "Hi team, reminder: access codes must never go in WhatsApp, email or the rota notes. If you "
    "need one, ring the on-call phone after {time}. 3 breaches this month already. Thanks",
    "Handover {time}: Mr O refused meds x2, GP informed, ref {n}. Door locked and key back in "
    "the key safe. Son visiting tomorrow.",
    "Mrs Dunn has a new alarm pendant (serial {n}). Please test it on each visit by pressing the "
    "button and waiting for the operator. The old one went back on the 12th.",
    "Dear Councillor Reid,\n\nI write about the door entry system at Hawthorn Court, which has "
    "been faulty since {year}. Our carers visit 9 residents there 4 times a day and lose up to "
    "20 minutes a visit. The housing repair reference is {n}.\n\nYours sincerely",
    "Rota w/c 14/10\nCalls: 412\nUncovered: 3\nDouble-ups: 28\nAccess issues: 2 (key safes, "
    "families notified)\nMileage YTD: {n} miles",
    "Mr Khan's son asked whether we can fit a keypad lock. The model he sent (Yale Conexis L1, "
    "item {n}) works with a phone app; we've said the family must keep the code and share it "
    "with the office by phone only.",
    "Dear Supplier,\n\nPlease note our new delivery address: Unit 7, Kingsway Business Park. "
    "Goods-in is through gate 2; deliveries between {time} and 1600 only. Our account number "
    "with you remains {n}.\n\nRegards",
    "Client | Postcode | Hrs/wk\nMr B | LS12 3AB | 14\nMrs C | LS6 2QR | 21\nTotal hrs YTD: {n}",
    "Spot check at {time}: carer arrived on time, used the key safe correctly and scrambled the "
    "dial. Score 18/20. Next check due in 3 months.",
    "Safeguarding alert {n}: neighbour reports seeing the key safe left open on 2 occasions. "
    "Manager to visit; family asked to change the code themselves and phone it in.",
    "Dear Mr Price,\n\nYour mother's care started in {year} with 2 calls a day; she now has 4. "
    "From 1 January the hourly rate rises to £26.10. Her account number is {n}.\n\nYours "
    "sincerely",
    "Fire risk assessment: 3 fire doors at the office, alarm panel zone 4 faulty, contractor "
    "ref {n}, next test {time} Thursday.",
    "Dear Sirs,\n\nWe return 3 key safes (order {n}) as faulty: the dials stick on 2 of them "
    "and the third will not close. We have fitted replacements from stock at 14 addresses and "
    "ask for a credit of £96.\n\nYours faithfully",
    "Covering Mr Bell from Mon: he's at no. 9, green gate, the key safe is behind the drainpipe "
    "and the office will ring you with its code. Calls {time} and 1300, hoist needs 2.",
    "Audit {year}: 41 of 44 care plans had access sections complete; 3 were missing the "
    "key-holder's phone. Action: coordinators to fix by the 15th. Audit ref {n}.",
    "Dear Mr Osei,\n\nThank you for your payment of £{n} for the quarter. Please note that the "
    "alarm monitoring charge (£4.75 a week) is billed by the council, not by us. Our office "
    "hours are {time} to 1700.\n\nKind regards",
    "Lone worker check: Sam logged in at {time} at Flat 6, logged out 45 mins later; door "
    "locked, key returned, alarm set by client. Pager no. {n}.",
    # Other languages staff use at work.
    "Faktura nr {n} za skrzynkę na klucze",
    "Tura de la {time}, clientul din camera 12",
    "Número do pedido {n}, duas caixas de chaves",
    "Ang bahay ay number 14, berde ang pinto",
    "Pedido {n}: candado para la puerta del jardín",
    "Alarma a sunat la {time}, alarmă falsă",
    "Nowy pracownik, numer {n}, szkolenie o {time}",
]
