"""BLIND-6: a sixth blind part of the access-code detection corpus.

NEVER RUN WHILE TUNING, NEVER TUNED ON. Its worth is that nobody has fitted the recognizer to it;
the first time it meets the recognizer is the measurement.

Written by session i10b6 on 2026-12-04, 22:20-22:24 UTC, from the author's own knowledge of how
UK home-care office staff, carers and coordinators write. The author had not read the
recognizers, their vocabulary, the scan code, their tests, nor any earlier blind part
(detection_blind*.py); of detection_corpus.py only the part table and generator functions.
Committed before its first run.

Written as a different hand from earlier parts: long run-on handovers with several numbers,
terse rota cells, emails with signatures (phone numbers, addresses), forwarded-message headers,
bullet lists, WhatsApp exports, codes split from their label by a line break or by other words,
typos, and a few other languages staff use at work (Polish, Romanian, Portuguese, Spanish,
Tagalog, Italian, Welsh, Bulgarian).

Slots: positives and tables take {code} (4821, B4821, 4821X, 48 21, 48-21, four eight two one);
traps take {n} (a number 1000-99999), {year} (1950-2029) and {time} (e.g. 0830). About a third
of the traps are long multi-sentence texts with several numbers and access words but no code.

First run on 73950ab (2026-12-04 22:23 UTC, `bench/bench_detection.py --parts blind6`, seed 10,
scale 1): BLIND-6 recall 93.00 %, precision 98.15 % (28 of 400 positives missed, 7 of 400 traps
fired). Per format: csv 82 %, pdf 80 %, html 90 %, tsv 92 % recall, body, docx, eml and xlsx
100 %; one false alarm in each format but xlsx. With 72 templates and 8 formats taken in turn,
each template always lands in the same format, so these per-format figures sort templates, not
formats. No label was changed after it. Which cases were
missed is kept out of this repository.
"""

BLIND6_POSITIVE = [
    "Hi all, Mrs Okafor's key safe is to the left of the back door behind the water butt, "
    "code {code}. Please scramble the dials after use.",
    "KS {code} - blue door, knock twice before going in",
    "Handover 07/11: arrived 07:45, Mr Hughes still in bed, gave 08:00 meds (Amlodipine 5mg, "
    "Metformin 500mg), breakfast eaten. Daughter has changed the key safe so it is now {code} "
    "not the old one. Left 08:30, next call 12:15.",
    "door entry for the flats is {code} then press the bell for number 14",
    "Gate code\n{code}\nPlease shut it behind you, the dog gets out.",
    "{code} is the new code for the keysafe at Elm Court, the old one no longer works",
    "Can u let Sam know the alarm is set to {code}, she needs to turn it off when she gets in at 7",
    "Padlock on the side gate: {code}. Key is in the porch once you're through.",
    "The communal entrance has a keypad, put in {code} and push the door hard",
    "Lockbox by the garage — combo {code}",
    "[14:32, 03/12/2026] Becky Office: morning girls new key safe number for Mr P {code} 👍",
    "---------- Forwarded message ---------\nFrom: Sarah Lewis <s.lewis@brightcare.co.uk>\n"
    "Date: Tue, 1 Dec 2026 at 09:14\nSubject: Re: Mrs Dunn access\n\n"
    "Key safe has been reset by the son, it's {code} from today.",
    "Dear Joanne,\n\nFurther to our call, the code for the key safe at the property is {code}. "
    "The carers will use this from Monday's 8am visit.\n\nKind regards\nMark Evans\n"
    "Care Coordinator\nT: 01632 960 412\nM: 07700 900 318\nUnit 4, Riverside Park, Leeds LS9 8AB",
    "Access arrangements: carers to let themselves in using the key safe (code {code}) on the "
    "wall to the right of the front door. Mrs Price is hard of hearing so knock loudly and call "
    "out.",
    "Access: KS left of door. Code - {code}",
    "keysfe numbr is {code} pls dont share",
    "Rota wk 49 - Tues AM - Mr Singh - 07:30 - KS {code}",
    "Mr Ahmed - front door keypad {code} then press the tick",
    "Alarm: unset with {code} on the panel in the hallway, you have 30 seconds",
    "Notes: new carer on Thurs. Code for door {code}. Cat must not go out.",
    "- Arrive 08:00\n- Key safe {code}\n- Meds in blister pack, kitchen cupboard\n"
    "- Log in on the app",
    "Entry to Brook House: use the fob, or if you haven't got one the door code is {code}",
    "The code to get in the back gate is {code}",
    "Front door: the code was changed yesterday and the new one is\n{code}\nOld code won't work.",
    "Key safe (behind the drainpipe) {code}",
    "Just to confirm — the keypad on the side door takes {code}, then lift the handle up",
    "The key safe, which is the grey one under the bench by the shed and not the black one by the "
    "front door that belongs to next door, opens with {code}.",
    "Mrs Kaur – KS code changed by OT on Friday. Now: {code}",
    "Door code {code}, 2nd floor, flat on the left",
    "Access info updated on the system: key safe {code}, parking in bay 3",
    "For tonight's call the combination on the lockbox is {code}",
    "Hi, it's Dawn from the office, Mr Lloyd's daughter asked us to tell you the key safe is now "
    "{code}. Thanks x",
    "pin for the door is {code}",
    "Code: {code} (key safe, front porch)",
    "Sheltered scheme entrance - {code} - then ring the warden if no answer",
    "Reminder: Mr Patel's alarm code is {code}, set it when you leave the tea call",
    "Nxt of kin says KS cde is {code}",
    "Can someone text Lisa the keysafe for 12 Ash Grove? It's {code}.",
    "Morning call went fine, got there 7.40 as the bus was late, Mrs Green had been up since 6 "
    "and said the night was ok, BP 132/84, gave 2x paracetamol 500mg at 08:05 and the Adcal, the "
    "new key safe the son put up on Sunday is {code} and the old one by the porch is empty now so "
    "ignore it, low on milk so I have texted the family, next call 12:30.",
    "Sorry forgot to say - the code is {code} for the key safe",
    "Communal door code for Mill Lane flats: {code}",
    "Care plan section 4 (Environment): property accessed via key safe. Key safe code: {code}. "
    "Spare key held by neighbour at no. 9.",
    "KEY SAFE\n\n{code}\n\nkeep this to yourself please",
    "Use the keypad at the car park barrier, {code}, then follow the signs to block C",
    "Morning team! Quick one — Mr D's key safe has changed to {code}. Please update your "
    "notes and delete the old one.",
    "Intruder alarm - {code} to disarm; the box is under the stairs",
    "Door entry system: press the key symbol then {code}",
    "Kod do sejfu na klucze u pani Evans: {code}",
    "Codul de la cutia cu chei este {code}, e lângă ușa din spate.",
    "O código da caixa de chaves é {code}, fica ao lado da porta.",
    "El código de la caja de llaves es {code}, está junto a la puerta trasera.",
    "Ang code ng key safe ni Mrs Hill ay {code}, nasa kaliwa ng pinto.",
    "Il codice della cassetta delle chiavi è {code}.",
    "Cod y blwch allweddi yw {code}, wrth ymyl y drws cefn.",
    "Код за кутията с "
    "ключове: {code}",
    "Client: Mr Owen\nAddress: 3 Cwrt Newydd, Bangor LL57 2EW\nAccess: key safe\nCode\n{code}",
    "The garage door keypad is {code} - client keeps the wheelchair in there",
    "Bin store padlock {code} (for whoever does Tuesday bins)",
    "Office note 02/12 14:10 - spoke to son, KS now {code}, confirmed with him twice",
    "Re: access\n\nYes it's still {code} for the key safe. Nothing has changed since the summer.",
    "{code} - key safe - left side of porch",
    "Main gate {code}, second gate just push",
    "If the key safe sticks, press in firmly after entering {code} and pull the lever down",
    "New starter pack: Mrs Bell (Tues/Thurs), access via side door keypad, code {code}, "
    "parking on street",
    "Front door is on a code lock: {code}. Please don't give it to anyone.",
    "coded door at back - {code} - clients son lives upstairs",
    "Carers get in with the key safe on the fence post. Number to open it is {code}.",
    "Hi Jen, just checked the access sheet, the key safe number for Plas Gwyn is {code}. "
    "Thanks, Carol\n\nCarol Hughes | Scheduler\nDirect: 01632 960 733\n"
    "The Old School, Wrexham LL11 2AB",
    "Out of hours: on-call carer to use {code} at the key safe; client not to be woken before 9",
    "handover: ks {code}, meds done, pad changed, ate half a sandwich",
    "Access details (do not forward): Key safe - {code}; Alarm - not in use",
    "Mrs Kelly | Mon-Fri 08:00 & 17:00 | key safe {code} | DNACPR in place",
]

BLIND6_TABLES = [
    (["Service user", "Address", "Access"], ["Mr T Jones", "14 Birch Rd", "KS {code}"]),
    (["Name", "Call times", "KS code", "Notes"],
     ["Edna W", "08:00 / 13:00", "{code}", "deaf L ear"]),
    (["Client", "Postcode", "Door entry"], ["Mr Rahman", "B12 9QT", "{code}"]),
    (["Run", "Client", "Time", "Key safe code"], ["Run 3", "Mrs Doyle", "07:30", "{code}"]),
    (["Property", "Gate", "Alarm"], ["Oak Lodge", "{code}", "none"]),
    (["Client ID", "Surname", "Access info"], ["C-10482", "Evans", "key safe left of door {code}"]),
    (["Carer", "Client", "Lockbox"], ["Amy", "Mr Ford", "{code}"]),
    (["Day", "AM", "Access"], ["Wed", "Mrs Noor 08:15", "code {code}"]),
    (["Klient", "Adres", "Kod do sejfu"], ["Pani Smith", "2 Park Lane", "{code}"]),
    (["Client", "Communal door", "Flat"], ["Mr Green", "{code}", "Flat 6"]),
    (["Client", "Key safe location", "Combination"], ["Mrs Ali", "behind gas meter", "{code}"]),
    (["Site", "Padlock"], ["Yard at unit 2", "{code}"]),
    (["Name", "NHS no", "Access"], ["J. Price", "943 476 5919", "{code}"]),
]

BLIND6_TRAPS = [
    # Short: a number right beside an access word, but it is an id, a ref, a time or an amount.
    "Her pendant alarm (asset no. {n}) was swapped for a new one on Tuesday.",
    "Key safe ordered from Amazon, order number {n}, should arrive Thursday.",
    "Invoice {n} for the key safe installation, £65 + VAT.",
    "PO {n} raised for 3 x Supra key safes for the new packages",
    "Please only buy key safes certified to LPS 1175 SR1, the police-approved standard.",
    "Parking at the hospital is through the barrier by Gate 2, ticket no. {n}.",
    "Call the office on extension {n} if the door is locked and nobody answers.",
    "Alarm call logged at {time}, reference {n}, Careline attended.",
    "Course code {n}: Moving and Handling refresher, training room 2",
    "Her tax code is wrong again, payroll ref {n}.",
    "Your tax code for 2026/27 is 1257L, please check your payslip.",
    "Employee number {n}, tax code 1257L, NI number QQ 12 34 56 C",
    "Sort code 20-45-77, account ending {n}",
    "Dress code reminder: no false nails, hair tied back. Audit ref {n}.",
    "Registered with Dr Shah, practice code M{n}, NHS no. 943 476 5919.",
    "The landlord says the new front door will cost about £{n} to fit.",
    "Lock replaced by Timpson, job number {n}, client has three new keys.",
    "Mrs Ward has lived at the house since {year} and the front door has never been changed.",
    "Pendant alarm serial number SN{n} — please return it to Careline in the prepaid bag.",
    "Fire door FD-{n} failed its monthly check, closer too slow.",
    "The gate at the back of the scheme is locked at {time} every night by the warden.",
    "Please set Mr Day's alarm clock for {time} before you leave.",
    "Codeine 30mg, take 2 at {time} with food",
    "Booking reference {n} for the taxi to the clinic, pick up at {time} from the front door.",
    "Door entry handset broken, repair ticket {n} logged with the housing association.",
    "Key safe: none, client answers the door herself. Call time {time}.",
    "Code: N/A - family let carers in. Ref {n}.",
    "Client ID {n} — access via son, no key safe.",
    "Her bank card PIN must never be held by staff (policy {n}, section 3).",
    "Keypad on the microwave is broken so she can't heat meals, repair ref {n}",
    "Keys returned to the office in envelope {n} and logged in the key register.",
    "Key register entry {n}: 2 keys, Yale + mortice, signed out by Tom.",
    "Padlock ordered, Screwfix order {n}, collect from the branch",
    "The lock on the medication box is faulty, product code {n}",
    "Cost code {n} for the key safe purchase please",
    "Authorisation code {n} from the council for the extra hours",
    "Service code {n} (domiciliary care, 1 carer, 30 min)",
    "Pendant alarm returned, collection ref {n}",
    "Training is in room {n}, Building B, the door by reception.",
    "Bus stop no. {n} is about five minutes from the hospital gate",
    "Gate opens at {time} for the day centre minibus",
    "Alarm went off at {time}; fire brigade attended, incident number {n}.",
    "Nurse assessor: Jane Cole, NMC PIN 09A{n}E",
    "Mileage for the Llandudno run this year: {n} miles",
    "DOB 03/05/{year}, lives alone, answers the door with a grabber",
    "Euro cylinder for the back door, part no. {n}, 35/45",
    "Key worker: Sophie, staff no. {n}",
    "Safe storage of meds — MAR chart ref {n} kept in the lockbox folder",
    "Reception door is on the latch until {time} on weekdays",
    "Total key safes fitted by the council scheme since {year}: {n}",
    "Please quote case number {n} when you ring 111 about the door being forced.",
    "Alarm receiving centre account {n}, contact them if the pendant goes off by mistake",
    # Long: several numbers and access words, no code.
    "Handover for Wednesday: Mr Price was up at {time}, breakfast eaten, meds given (Donepezil "
    "10mg, Ramipril 2.5mg). The front door lock is stiff so the landlord is sending someone, job "
    "ref {n}. Key safe still on the wall but he is letting us in himself now. Next call 12:30.",
    "Hi all, the office door will be locked from {time} on Friday for the Christmas do. Anyone "
    "dropping off timesheets please use the letterbox. The alarm engineer is coming on Monday, "
    "job no. {n}, so ignore the noise if you are in early.",
    "Dear Sir/Madam,\n\nPlease find attached invoice {n} for the supply and fitting of a Supra "
    "C500 key safe at 14 Heol y Bryn on 02/12/2026. Payment is due within 30 days.\n\nKind "
    "regards\nGareth\nG&M Locksmiths\nTel 01632 960 118\nVAT reg 123 4567 89",
    "---------- Forwarded message ---------\nFrom: Careline Team <alerts@careline.example.org.uk>"
    "\nDate: Thu, 3 Dec 2026 at {time}\nSubject: Pendant activation, ref {n}\n\nThe pendant "
    "alarm at the property was activated at 06:12. Carer attended via the key safe and found the "
    "client on the floor; ambulance called, CAD number 4471.",
    "Hi Paula,\n\nThanks for the referral. We can start Monday 7 Dec with calls at {time} and "
    "17:00. I have noted that the family will fit a key safe next week and will pass the details "
    "on by phone once it is up.\n\nBest wishes\nNadia Rahman\nRegistered Manager\n"
    "T: 01632 960 550 ext {n}\nUnit 9, Enterprise Way, Newport NP20 2AQ",
    "Rota change: Kerry covering Mrs Bell's {time} call, then Mr Ince at 10:15 (door 2 of the "
    "scheme, go round the back). Mileage between the two is about 4 miles. Timesheet ref {n}.",
    "Hospital discharge: Mrs Doyle is coming home from ward 12 at St Mary's (in via Gate 3, "
    "visitor parking is pay and display) around {time}. Transport booking ref {n}. Please be at "
    "the house 30 minutes before; her daughter will meet you at the door with the keys.",
    "Spoke to the OT about the door: they are putting a ramp in and widening the frame to 900mm. "
    "Case number {n}. They will look at a keypad lock later in the year but nothing is ordered.",
    "The alarm pendant (serial {n}) was tested at {time} and works. The base unit is plugged in "
    "by the TV. The Careline number is on the fridge: 0800 123 4567.",
    "Meds update from the GP: Morphine sulphate 10mg/5ml, 2.5ml PRN, max 4 doses in 24 hours. "
    "Prescription no. {n}. Kept in the locked cupboard in the kitchen; key on the hook by the "
    "door.",
    "Incident report {n}: at {time} the carer arrived and could not get in as the key safe was "
    "empty. Called the office, who phoned the son; he came round at 09:20 with his key. No harm "
    "to the client. Family to check the key safe.",
    "Fire drill at Meadow View on Tuesday at {time}. Staff on the first floor exit via fire door 3 "
    "and assemble at point B by the gate. The fire panel will be reset by the engineer, call "
    "ref {n}.",
    "Team meeting notes: 1) 23 late calls in November, target under 10. 2) New key safes: the "
    "office keeps a log but codes go on the app only, never in emails. 3) Training: course code "
    "{n}, Safeguarding level 2, booked for 15 Dec at {time}.",
    "- Arrive {time}\n- Client answers the door herself, no key safe\n- Blister pack in the "
    "drawer, Boots ref {n}\n- Ring 01632 960 400 if no answer",
    "[09:14, 04/12/2026] Office: Reminder all — DO NOT send key safe codes by WhatsApp or "
    "text. Check the app. Any issues ring 01632 960 222 ext {n}.",
    "Spot check on the {time} visit: carer wore ID badge (staff no. {n}), knocked at the door, "
    "used gloves and apron, logged in on time. Locked the door and put the key back in the key "
    "safe on leaving. Outcome: good.",
    "Invoice query: the client was charged for 14 hours in week 48 but only had 12.5. Invoice "
    "{n} to be credited £38.50. Please also take off the £25 key safe fitting fee, the "
    "family fitted it themselves.",
    "Access notes: the main entrance is open 8am to 8pm; outside those hours ring the warden on "
    "01632 960 781. Flat is on the 3rd floor. Parking permit no. {n} is in the glovebox of the "
    "pool car.",
    "Car park gate at the office closes at {time}. If you are back after that, park on Union "
    "Street. The barrier machine takes card only; keep receipt ref {n} for expenses.",
    "Safeguarding: Mrs Jones said a man came to the door claiming to be from the water board and "
    "asked her to pay £{n} for a new pipe. She did not let him in and kept the chain on. "
    "Police log 0312 of 3 Dec; social worker informed at {time}.",
    "Appointment at the eye clinic, Royal Infirmary, {time} on Tuesday. Enter via Gate 2 on "
    "Lauriston Place, clinic is in room 1.14, level 1. Hospital number {n}. She needs a "
    "wheelchair from the front door to the car.",
    "Telecare assessment: key safe and pendant recommended. Referral ref {n} sent to Careline on "
    "02/12. Installation expected within 10 working days. Until then the family will let carers "
    "in at {time} and 17:30.",
    "Re: Mr Foster's locksmith\n\nThe locksmith came at {time} and changed the euro cylinder on "
    "the front door (35/45, 6-pin). Cost £95, invoice {n}. Three keys: one with Mr Foster, "
    "one in the key safe, one with his son.",
    "Week 49 summary: 312 visits, 4 missed, 9 late; mileage 2,140; key safe audits 18 checked, 2 "
    "faulty and replaced; sickness 3.2%; payroll ref {n}.",
    "Mobility: Zimmer frame indoors, do not leave it by the door as she trips. Continence: pads "
    "size M, order no. {n}. Nutrition: soft diet, 1500ml fluids a day. Security: she keeps the "
    "door on the chain at night, so the late call must ring ahead at {time}.",
    "Dear Mrs Evans,\n\nThank you for your payment of £{n}. If you would like us to hold a "
    "key to your home, please ask and we will note it on your care plan; we never keep codes in "
    "writing.\n\nYours sincerely\nAccounts Team\n01632 960 905",
    "Zmiana grafiku: wizyta u pani Nowak o {time}, potem pan Kowalski, mieszkanie numer 12. "
    "Numer zlecenia {n}. Klucze są u sąsiada.",
    "Clientul are o programare la spital la ora {time}, intrarea prin poarta 2. Numărul de "
    "referință este {n}.",
    "A chave está com a vizinha do número 14. O número do pedido é {n} e a "
    "visita é às {time}.",
    "Lone working: text the on-call phone when you leave each call after {time}. On-call number "
    "07700 900 461. If the client doesn't answer the door, wait 10 minutes, ring the office and "
    "log it on form LW-{n}.",
    "Mr Gill was born in {year} and has had the same alarm company for years; their engineer "
    "visited at {time} today, replaced the siren battery and left job sheet {n} on the side. "
    "No changes to how carers get in.",
    "Night call log: arrived {time}, client asleep, checked the back door was bolted and the "
    "side gate padlocked. Bed rails up, pad dry. Pharmacy delivery due Thursday, order {n}; "
    "two boxes of Lansoprazole 15mg. Left 22:40 and put the key back.",
    "From: Rota <rota@homecare.example.co.uk>\nSent: 04 December 2026 {time}\nTo: All "
    "carers\nSubject: Christmas cover\n\nThank you all. Bank holiday rate is 1.5x, claim on "
    "timesheet code {n}. The office will be shut 25-26 Dec; the alarm will be set so use the "
    "on-call number 07700 900 654.",
    "Key holder list updated: son (07700 900 123), neighbour at number 22, and the office. "
    "Document ref {n}, reviewed {time} 4 Dec. Please read it before your next shift at the house.",
]
