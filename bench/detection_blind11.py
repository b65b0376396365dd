"""BLIND-11, a blind part of the access-code detection corpus.

NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b11 on 2026-12-04 (22:55-23:00 UTC). The author had not read the
recognizers, the vocabulary, the scan code, nor any earlier blind part; the sentences come from
how UK home-care offices hear from clients' families (son, daughter, neighbour), GP practices and
district-nurse teams, and from carers texting on the road (voice-to-text slips, no punctuation).
Committed before its first run.

Slots: positives and tables take `{code}` (4821, B4821, 4821X, 48 21, 48-21, four eight two one);
traps take `{n}` (a number 1000-99999), `{year}` (1950-2029) and `{time}` (e.g. 0830).

First run on 436e31d (2026-12-04 23:03 UTC, `bench/bench_detection.py --parts blind11`, seed 10,
scale 1): BLIND-11 recall 96.25 %, precision 89.95 % (15 of 400 positives missed, 43 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND11_POSITIVE = [
    # very short
    "Key safe {code}",
    "keysafe is {code}",
    "KS {code}",
    "Door code {code}",
    "{code} key safe",
    "gate {code}",
    "alarm {code}",
    "Padlock {code}",
    "lockbox {code}",
    "Keypad {code}#",
    "communal door {code}",
    "{code} for the key box",
    "Mum's key safe code {code}",
    "new code {code} for the safe",
    "key safe changed to {code}",
    "code for dads door {code}",
    "Back gate padlock {code}",
    "Entry: {code}",
    "bin store door {code}",
    "Alarm off {code} then enter",
    "ks code {code} thx",
    "Clave de la caja de llaves: {code}",
    "Kod do skrzynki na klucze {code}",
    "Codul de la cutia cu chei {code}",
    "Cod bocs allweddi {code}",
    "Main entrance fob broken, use keypad {code}",
    "tradesman button broken use code {code}",
    "{code} is the key safe",
    # one or two sentences
    "Hi it's Mrs Okafor's daughter, the key safe by the back door is {code}.",
    "Dad has had a new key safe fitted today, the code is {code} - please pass to the carers.",
    "Neighbour here at no. 12, I've put the spare key in the lockbox, combination {code}.",
    "Please note the district nurses can access using key safe {code} to the left of the porch.",
    "From the surgery: our GP will visit Thursday, family say the key safe code is {code}.",
    "key safe is on the wall next to the meter box code {code} turn the dial then press down",
    "hi its Jade running late at mrs p the door code is {code} if someone else is closer",
    "carer cant get in the key safe code {code} is not working can the office ring the son",
    "Access to the block: buzz flat 7 or key in {code} on the panel by the lift doors.",
    "Front door is on a digital lock, {code} then turn the handle up.",
    "The code to get through the gate at the bottom of the drive is {code}, shut it behind you.",
    "Can you update the care plan: key safe now {code} after the son changed it.",
    "Alarm panel in the hall cupboard - unset with {code} within 30 seconds of coming in.",
    "Garden shed padlock (where the commode is kept) is {code}.",
    "Mr Hughes has gone into hospital. Key safe {code} for whoever collects his medication.",
    "Please don't give out the code to anyone else, it is {code} and only for your carers.",
    "Handover: new client Flat 3, communal door {code}, key safe under the stairs same code.",
    "Ring me on arrival, if no answer use the key safe, code {code}.",
    "voice note: key safe code is {code} repeat {code} on the left of the green door",
    "the code for the key safe at the bungalow is {code} im not sure if the nurse knows",
    "Schlüsselbox am Eingang, Code {code}.",
    "Cheia e în cutia de lângă ușă, codul este {code}.",
    "Kod do furtki {code}, klucza pod wycieraczką już nie ma.",
    "Mum's carers - new key safe code from Monday {code}, old one no longer works.",
    "Combination lock on the side gate has been reset to {code}.",
    # long
    "Hi, this is Paul, Joan Mitchell's son. I've changed the key safe today because a previous "
    "carer lost the key. The new code is {code}. Visits stay at 08:00, 12:30 and 17:00. "
    "Thanks, Paul",
    "Dear Care Coordinator, following our MDT on 28/11 the community nursing team will visit "
    "daily for dressings. The family have confirmed entry via key safe ({code}) at the front "
    "of the property. Please contact the surgery on 01632 960 441 with any concerns.",
    "Good afternoon, writing on behalf of the district nursing team. Patient discharged from "
    "Ward 22 today. Access: key safe to right of front door, code {code}. Next visit 09:30.",
    "Rota wk 49\nMon 0730 Sandra - Mrs Byrne, KS {code}\nMon 1230 Sandra - Mr Ali, family in\n"
    "Tue 0730 Lee - Mrs Byrne, KS same",
    "Client notes\nAddress: 4 Orchard Close\nAccess: {code} (key safe, behind drainpipe)\n"
    "Pets: 1 dog, friendly",
    "hi sorry about the message earlier i was driving the code for the door at the flats is "
    "{code} then it's the second floor flat 9 the key safe is by the door for flat 9 too",
    "Message from neighbour (Mrs Dean, no. 14): she has a spare key for Mr Cole. If the key safe "
    "jams again the code is {code} and she is in most days after 2.",
    "Carers please note: alarm code {code}. Set it when you leave on the last visit (press set, "
    "then {code} again). Mr Price worries about burglars.",
    "Update from the daughter (Karen). 1) Mum now has 2 pads a day not 3. 2) The key safe code "
    "has changed to {code}. 3) She will be away 12-19 Dec.",
    "Hello, I am the GP receptionist at Riverside Surgery. Dr Shah would like a carer present "
    "for the home visit on the 9th at 11:00. The patient's daughter said the door code is "
    "{code}.",
    "Spreadsheet notes column: 'KS {code} - rear, under canopy'",
    "Handover 21:45 - Mrs T settled, meds given, door locked and key back in safe, code {code}, "
    "reset dial after.",
    "New package starting 07/12. QDS calls. Key safe: {code}. Property: ground floor flat, "
    "entrance via side path. NOK: son, 07700 900 412.",
    "the gate code at the farm is {code} then follow the track to the second cottage dont "
    "use the satnav it takes you to the wrong place",
    "Padlock on the back gate {code}. Key safe on the wall by back door, same code.",
    "Hiya its me again his sister the key is in the little box by the back step code "
    "is {code} can you let the girls know x",
    "Wiadomość od córki: nowy kod do sejfu na klucze to {code}. Proszę przekazać opiekunkom.",
    "district nurse team: we could not gain entry at 14:10. Key safe code we had was {code} - "
    "please confirm it is still correct.",
]

BLIND11_TABLES = [
    (["Client", "Key safe"], ["Mrs Evans", "{code}"]),
    (["Name", "Address", "Access"], ["J. Brown", "7 Mill Lane", "KS {code}"]),
    (["Service user", "Visit", "Door code", "Carer"], ["Mr Nowak", "0800", "{code}", "Tina"]),
    (["Client", "Keysafe code", "Location"], ["Mrs Bell", "{code}", "left of porch"]),
    (["Day", "Time", "Client", "Notes"], ["Mon", "0730", "Mr Iqbal", "gate {code}"]),
    (["Property", "Entry"], ["Flat 2, Oak Court", "communal {code}"]),
    (["Client", "Alarm code"], ["Mrs Quinn", "{code}"]),
    (["NHS no.", "Patient", "Access info"], ["485 777 3456", "R. Ward", "key safe {code}"]),
    (["Client", "Access"], ["Mrs Hale", "{code} (back door box)"]),
    (["Name", "Padlock"], ["Mr Frost", "{code}"]),
    (["Client", "KS", "NOK"], ["Mr Lowe", "{code}", "son Dave"]),
    (["Address", "Code"], ["22 Church St", "{code}"]),
    (["Cliente", "Codice cassetta chiavi"], ["Sig.ra Rossi", "{code}"]),
]

BLIND11_TRAPS = [
    # very short
    "Door {n} at the back of the hospital",
    "Gate {n} for outpatients",
    "Order {n} - key safe delivered",
    "Key safe invoice {n}",
    "Alarm pendant serial {n}",
    "Lifeline unit {n}",
    "Room {n}",
    "Ext {n}",
    "Ref {n}",
    "PO {n}",
    "Dress code: black trousers, polo shirt {n}",
    "Postcode lookup job {n}",
    "Keypad model {n}",
    "Padlock pack of 2, item {n}",
    "Born {year}",
    "Call at {time}",
    "key worker {n}",
    "Lock change quote {n}",
    "Safeguarding ref {n}",
    "Mileage {n}",
    "Staff pin badge order {n}",
    "Course code {n} moving and handling",
    "Bay {n} car park",
    "Locker {n}",
    "Mobility gate order {n}",
    "Stairgate invoice {n}",
    "Ward {n} door",
    "alarm went off at {time}",
    "keys cut {n} receipt",
    "Safe staffing report {n}",
    "Tax code {n}L",
    "Sort code on the payslip was wrong",
    "Fire door {n} propped open",
    # one or two sentences
    "Please park by Gate {n} and walk round to the Day Unit entrance.",
    "The key safe we ordered (order no. {n}) arrives Tuesday; the code will be set by the son.",
    "Daughter asks if we can ring her before {time} as she works lates.",
    "Mum's alarm pendant went off {n} times last month according to Careline.",
    "Invoice {n} for the lock change at her flat has been paid.",
    "Surgery phone 01632 960 {n} ext 2, press option 3 for the nurses.",
    "The door code has changed - the son will phone the office with it rather than email.",
    "NHS number 943 476 {n} - please add to the care record.",
    "She lives at {n} London Road, the house with the blue door.",
    "The new key safe is a Supra C500, ask the family for the code, do not put it in the rota.",
    "Warfarin dose changed to 3mg, INR clinic ref {n}, see the MAR chart.",
    "Keypad on the fridge is broken, the engineer job number is {n}.",
    "Can you do the {time} call instead of 0900 on Friday?",
    "the district nurse left at {time} door locked key in the safe",
    "Bus {n} to the surgery stops by the gate.",
    "DBS certificate number {n}, issued {year}.",
    "Booking reference {n} for the moving and handling course, room 4.",
    "Pin badge for 10 years' service ordered, ref {n}.",
    "Alarm company Careline ref {n}, they will fit a new lifeline box on Monday.",
    "GP practice code {n} - use this on the referral form.",
    "Dress code reminder: no jewellery, hair tied back, ID badge {n} visible.",
    "Mrs Lane's son paid £{n} towards the stairlift.",
    "Lock on the bathroom door was fixed by the handyman, quote {n} accepted.",
    "the safe at the office has the petty cash {n} pounds receipt in it",
    "i got to the door at {time} no answer rang the daughter",
    "Postcode on the system is wrong (IT ticket {n}), it should be LS6 2QT.",
    "Please find attached timesheet {n} for week commencing 30/11/{year}.",
    "Key safe fitted free by the council, job {n}; the family will text the code to the "
    "carer lead.",
    "Gate {n} at St James's is closed for works, use the main entrance.",
    "The code of conduct (policy {n}) was updated in {year}.",
    # long
    "Hi, Lisa here, Mr Grant's daughter. Dad's hospital appointment is Thursday at {time}, "
    "Clinic {n}, Gate 3 entrance. Could the lunch call be moved earlier? Thanks.",
    "Dear Sir/Madam, the district nursing team will visit on alternate days from 07/12. "
    "Patient NHS number 401 023 {n}. Please document any skin changes on the body map. "
    "Our office is on ext {n}.",
    "Rota wk 50\nMon {time} Sandra - Mrs Byrne (family in)\nMon 1230 Sandra - Mr Ali\n"
    "Mileage claimed: {n} miles",
    "Client notes\nAddress: {n} Orchard Close\nDoor: white UPVC, knock loudly\nPets: 1 cat",
    "Neighbour (no. {n}) says she saw the carer leave the door on the latch at {time}. "
    "Please can someone ring her back.",
    "hi its Dean the alarm in the hall keeps beeping the battery code on the screen says "
    "E{n} can someone ring the alarm company",
    "Following the fall on {year}-11-29, a new pendant alarm (serial {n}) has been fitted. "
    "Please check it is worn on every visit and test it weekly.",
    "Supplier invoice {n}: 3 x key safes (police approved), 2 x padlocks. Total £{n}. "
    "Codes to be set on install, not by the supplier.",
    "From the surgery: repeat prescription {n} ready for collection after {time} tomorrow. "
    "Dosette box will be delivered by the pharmacy.",
    "Handover {time} - Mr T settled, door locked on leaving, checked the back gate twice. "
    "Fluid chart ref {n} left on the table.",
    "The son asked us to stop putting the key safe code in emails. He will give it to the "
    "team leader by phone. Case ref {n}.",
    "Hiya it's Pat from next door, the side gate was blowing open at {time} so I shut it, "
    "hope that's ok, the bin goes out Thursday",
    "Training: course code MH{n}, Room 2, {time} start. Bring your ID and wear the dress code "
    "uniform.",
    "Apologies for missing the call at {time}, my car broke down, recovery ref {n}. I have "
    "told the client and the office.",
    "Please register the new carer: staff no. {n}, DOB {year}, start date Monday. Her pin "
    "for the app will be sent by the rostering team.",
    "Careline fitted a key safe in {year}. Model number KS{n}. The family have the code; we "
    "have asked them to update it.",
    "Invoice {n} was paid by BACS; the sort code and account number on file are correct.",
    "Mrs Green's flat is in block {n} on the estate, third floor, green door, use the lift by "
    "the shop.",
    "Son's email: the alarm engineer is coming on the 10th between {time} and 1300, job "
    "number {n}. He knows the way in, nobody needs to send him anything.",
    "GP letter: please support Mr Reid with his inhaler, 2 puffs twice daily. Clinic room "
    "{n}, patient born {year}. The practice door is open 0800-1830 for collections.",
]
