"""BLIND-20: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b20 on 2026-12-05 at 00:06 UTC (briefed as the 2026-12-04 round). The
author had not read the recognizers, their vocabulary, the scan code, nor any earlier blind part;
only the part table and generator functions of detection_corpus.py. Committed before its first run.

The voices are those that write to a home-care agency from outside it: a council social worker
(referrals, risk assessments), an occupational therapist (home-visit reports) and a locksmith or
key-safe fitter (job confirmations). Roughly 40 % very short, 30 % one or two sentences, 30 % long.

Slots: {code} an access code (4821, B4821, 4821X, 48 21, 48-21, four eight two one); in the traps
{n} a number 1000-99999 that is not a code, {year} 1950-2029, {time} such as 0830. Each positive
holds exactly one code; no number in a trap is a way in.

First run on cec1502 (2026-12-05 00:06 UTC, `bench/bench_detection.py --parts blind20`, seed 10,
scale 1): BLIND-20 recall 93.50 %, precision 95.17 % (26 of 400 positives missed, 19 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND20_POSITIVE = [
    # Very short: notes, texts, cells.
    "KS {code}",
    "Key safe - {code}",
    "keysafe no {code}",
    "Door entry {code}",
    "Gate: {code}",
    "Alarm {code} to unset",
    "Padlock on side gate {code}",
    "Lockbox {code}",
    "Communal door {code}#",
    "keypad {code} then press tick",
    "{code} key safe",
    "{code} (keysafe)",
    "New KS combo {code}",
    "K/safe changed to {code}",
    "ksafe cde {code}",
    "Bin store door {code}",
    "main entrance fob broken, use {code}",
    "Garage keypad {code}",
    "Alarm panel: {code}",
    "Code changed today - {code}",
    "Clave de la caja de llaves: {code}",
    "Kod do sejfu na klucze {code}",
    "Cod cutie chei {code}",
    "KS = {code} x",
    "keysafe by back door {code} pls shred",
    "Door {code} then push hard",
    "Trades button doesn't work - code {code}",
    "Access via key safe ({code})",
    # One or two sentences.
    "Mr Patel has agreed to a key safe; the combination we set with him is {code}.",
    "Key safe fitted today at 14 Elm Row, left of the front door. Code set to {code} as requested.",
    "Job complete: Supra C500 installed on the brick pier, combination {code}, client and daughter "
    "both shown.",
    "Please note the key safe number for Mrs Doyle is {code} - do not write it in the daily log.",
    "Carers will need to use the key safe, which is {code}, as Mrs Hart cannot get to the door.",
    "The communal entrance to the flats is a keypad, {code} followed by the key symbol.",
    "Her son has changed the key safe to {code} after the break-in, please update your records.",
    "Alarm: the house alarm is set at night by the family; to switch it off use {code} on the "
    "panel in the hall.",
    "The side gate has a combination padlock ({code}) and the key safe is on the wall behind it.",
    "Re: referral for Mr Green - entry by key safe, number {code}, on the shed wall.",
    "Lock box on the gas meter cupboard, {code}, holds the front and back door keys.",
    "{code} is the new number for the key safe, the old one has been reset.",
    "For the block door press {code} and the buzzer for flat 9 is not needed.",
    "hi its Dave from the locksmiths, keysafe at 3 Fern Close done, combo is {code}, cheers",
    "Morning, code for mum's key safe has changed, new one {code}, thanks Sue",
    "OT visit - I got in with the key safe ({code}); Mrs Ahmed did not hear the bell.",
    "OT: carers to use the KS at the rear, {code}, until the ramp is built.",
    "Keysafe combination: {code} - please confirm to the office once carers have it.",
    "Kluczyki sa w sejfie przy drzwiach, kod {code}.",
    "A chave está na caixa ao lado da porta, código {code}.",
    "Cheia este in cutia de langa usa, codul este {code}.",
    # Long: several sentences, several numbers.
    "Referral - Mrs Joan Pike, 82, lives alone at 27 Mill Lane. Four calls a day from Monday 3 "
    "March. She is hard of hearing and cannot reach the door in time, so entry is via the key safe "
    "to the right of the porch, code {code}. Her daughter holds a spare key. Please call me on "
    "01632 960 712 with the start date.",
    "Home visit report (OT). Seen at home on 12/02 at 10:30. Bath lift and perching stool issued, "
    "two grab rails fitted by the handyperson service. Access: I used the key safe, which is "
    "{code}; please make sure the carers put the keys back and scramble the dial, as the box was "
    "left open.",
    "Hi, confirming tomorrow's job for your client at 5 Orchard Way: we'll fit a police-approved "
    "key safe at about 9am, 45 minutes on site. The code will be set to {code} unless the family "
    "ask for another. Invoice 2231 to follow, £85 plus VAT.",
    "Risk assessment - environment. Two steps to the front door, no rail. Rear garden gate is kept "
    "locked with a padlock, combination {code}, because Mr Hill has walked out at night twice. "
    "Pendant alarm worn. Smoke alarms tested 14/01.",
    "Handover for the weekend team: Mr Osei back from hospital Friday. Key safe is round the side, "
    "by the drainpipe.\nCode {code}\nHe has a catheter now, district nurse visits Tuesdays.",
    "Access arrangements\nKey safe: yes\nLocation: left of back door, under the canopy\nCode: "
    "{code}\nAlarm: none\nPets: one cat, keep the kitchen door shut",
    "Entry to the building: the main door has a keypad, enter {code} and pull. The flat is on the "
    "second floor, number 14, and Mrs Lowe's own key is in a key safe by the lift that the "
    "district nurses also use.",
    "Following the safeguarding meeting, the family have agreed to change the key safe and only "
    "share the new number with the agency and the DN team. The new number is {code}. Please "
    "restrict who can see this in your system; the previous code had been given to a neighbour.",
    "Work done: removed old key safe (damaged), fitted new Burton Keysafe at 1.2 m so the client "
    "can reach it from her chair. Combination {code}. Two keys inside. Old unit taken away. Any "
    "problems ring the workshop on 0161 496 0823.",
    "Visit 3 of 4 today. Could not get in at first - the key safe code had been changed without "
    "telling us. Rang the son, he said it is now {code}. Carer got in at 13:20, 35 minutes late. "
    "Please update the rota.",
    "Dear colleagues, I am closing my involvement. Equipment: commode, walking frame, key safe "
    "(code {code}), all in place. Care package 14 hours a week from 1 April. Review due in 6 "
    "weeks.",
    "Whatsapp from daughter:\n'Hi all, we had the alarm put in this week. If it goes off, the code "
    "to stop it is {code} on the pad by the stairs. Mum knows not to touch it. Thanks x'",
    "Door entry system at Beech House: press 22 then the bell, or if the warden is off, key in "
    "{code}. Mr Ray is in flat 22 on the ground floor.",
    "Care plan - section 4, how to enter the home.\nCarers ring the bell twice, then let "
    "themselves in.\nKeys kept in the key safe\n(left hand side, behind the bin)\nnumber "
    "{code}\nLock the door on leaving and post the key back in the safe.",
    "Locksmith job 6617 - lock change at 9 Rose Court after lost keys. New cylinder fitted front "
    "and back. Key safe re-coded, it is now {code}. Three keys handed to the carer on site, one in "
    "the safe.",
    "Risk: the client's grandson has been using the key safe to get in at night. Family want the "
    "code changed: the fitter attended on 20/11 and the new code is {code}. Only the agency and "
    "the sister should have it.",
    "sw note - visited 11am, no answer, used keysafe {code} with permission from niece on the "
    "phone. Mrs Cole on floor in lounge, not injured, ambulance not needed. Asked agency to add a "
    "lunch call.",
    "Hi team, just so you know the block has new door entry: the pin is {code} then the bell "
    "symbol. Fob number 3 no longer works. Parking is in bay 7.",
    "Mrs Field, 11 The Crescent. Key safe cd {code}. Needs 2 carers for all transfers, hoist in "
    "bedroom. DNACPR on the fridge.",
    "Gate code {code}, then follow the drive round to the annexe at the back; the main house is "
    "the son's and his dogs are loose in the day.",
    "Clé dans la boîte à clés à gauche de la porte, code {code}. Merci de bien refermer.",
    "Schlüsselsafe neben der Haustür, Code {code}.",
]

BLIND20_TABLES = [
    (["Client", "Address", "Key safe"], ["Mrs Pike", "27 Mill Lane", "{code}"]),
    (["Name", "Access"], ["R. Osei", "KS {code} side of house"]),
    (["Job no.", "Site", "Unit", "Combination"], ["6618", "5 Orchard Way", "Supra C500", "{code}"]),
    (["Service user", "Entry instructions"], ["Mr Hill", "padlock on rear gate {code}"]),
    (["Client", "Door entry", "Notes"], ["Mrs Lowe", "{code}", "2nd floor, lift"]),
    (["Who", "Keysafe"], ["Joan", "{code}"]),
    (["Name", "Alarm"], ["Mr Ray", "unset {code}"]),
    (["Client", "Lock box", "Location"], ["Mrs Cole", "{code}", "gas meter box"]),
    (["Run", "Client", "KS"], ["AM 2", "Mrs Field", "{code}"]),
    (["Resident", "Gate"], ["Annexe", "{code}"]),
    (["Name", "Access code"], ["B. Hart", "{code}"]),
    (["Client", "Visit", "How to get in"], ["Mr Green", "08:00", "key safe on shed wall {code}"]),
    (["Address", "Communal door"], ["Beech House", "{code}"]),
]

BLIND20_TRAPS = [
    # Very short: identifiers of kit, jobs, places.
    "Key safe job {n} complete",
    "Keysafe order {n} dispatched",
    "Door 14, flat {n}? check address",
    "Gate {n} - hospital car park",
    "Alarm pendant ID {n}",
    "Lockbox model {n}",
    "Padlock SKU {n}",
    "Keypad invoice {n}",
    "Ext {n} for the key safe team",
    "Ref {n} - door entry repair",
    "NHS no. {n} 1234",
    "Key safe fitted {year}",
    "Alarm test at {time}",
    "Door open from {time}",
    "Dress code for the {year} awards: smart casual",
    "Tax code 1257L",
    "Course code KS{n}",
    "PO {n} - 10 key safes",
    "Room {n}, door on the right",
    "Ward 7, door {n}",
    "Mileage {n} miles this month",
    "Key safe £{n}",
    "Locksmith call-out fee {n}p",
    "Case ref {n}",
    "Postcode LS{n}? please check",
    "Pin badge order {n}",
    "Keys cut x2, receipt {n}",
    "Gate repair quote {n}",
    "Alarm receiving centre acct {n}",
    "Lock fitted {year}",
    "Door entry ticket {n}",
    "Key safe survey booked {time}",
    "{n} steps from the gate",
    # One or two sentences: numbers right beside access words.
    "The key safe was ordered under purchase order {n}; please quote it on the invoice.",
    "I have raised a referral to the council for a key safe, our reference is {n}.",
    "Mr Patel's door number is 14 but the letterbox says {n}, which is the old numbering.",
    "Please park by gate {n} at the Royal Infirmary and go to the discharge lounge.",
    "The alarm pendant (serial {n}) was returned to Careline on {year}-01-10.",
    "Job {n}: fit key safe at 5 Orchard Way, Thursday {time}, allow 45 minutes.",
    "The keypad on the communal door is a Videx model {n}, the landlord is replacing it.",
    "Ring the agency on 0113 496 {n} if the key safe is jammed.",
    "Her NHS number is 485 777 {n}; the GP surgery is by the park gate.",
    "The padlock on the side gate is broken and we have ordered a new one, item {n}.",
    "Door-to-door time is about 20 minutes, so the {time} call needs to move.",
    "The direct payment form {n} needs her sort code and account number, not her PIN; please ask "
    "the son.",
    "Alarm went off at {time} because of burnt toast, the fire service did not attend.",
    "Key safe battery cover part number {n} is out of stock until March.",
    "Code of conduct v{year}: knock and call out before using the key safe.",
    "Lock change cost £{n} including VAT, to be paid by the family.",
    "Please send the postcode for the key safe fitting, we have DN{n} but it looks wrong.",
    "Mrs Ahmed takes paracetamol 500mg, 2 tablets at {time} and 1800.",
    "Policy AC-{n}: carers must not give out the key safe number over the phone; callers ring the "
    "office.",
    "The garden gate is drawing no. {n}: 700 mm wide, too narrow for the wheelchair.",
    "The door was replaced in {year} and now opens outwards, which blocks the ramp.",
    "Alarm monitoring contract {n} runs until {year}.",
    "Client moved from room {n} to room 12 near the entrance door.",
    "Booking ref {n} for the key safe training on Wednesday.",
    "The locksmith's VAT number is GB{n} on the receipt.",
    "Please quote our job number {n} when booking the lock change.",
    "Ring the doorbell at {time}; she takes a while to get to the door.",
    "Key safe code changed on {year}-10-02; ring the son for the new one, do not guess.",
    # Long: several sentences, several numbers, none of them a way in.
    "Referral - Mr T. Brooks, DOB 04/07/{year}, NHS 943 476 {n}. Lives in a ground floor flat, "
    "door number 3, with his wife. Key safe requested but not yet fitted: council order {n}, "
    "expected within 10 working days. Until then his wife will let carers in. Calls at {time}, "
    "1230 and 1800.",
    "Home visit report (OT). Front door step 180 mm, rear step 220 mm. Recommend a half step and a "
    "rail. Door width 760 mm, enough for the frame. Key safe recommended; referral {n} made to "
    "Telecare. Review on {year}-03-14.",
    "Job confirmation: key safe supply and fit at 41 Station Road, Tuesday {time}. Unit: C500 Pro, "
    "serial {n}. Price £95 + VAT. The client will choose the combination on the day with her "
    "daughter; we do not keep a record of codes.",
    "Risk assessment - environment. The rear gate opens onto a lane with 3 steps; gate latch at "
    "1.5 m, too high for Mrs Dunn. The alarm panel (Texecom, model {n}) is in the hall cupboard "
    "and is not used. Smoke alarm fitted {year}. No trip hazards in the hallway.",
    "Hi, Dave from the locksmiths. Invoice {n} for the door lock at Fern Close attached, £{n} "
    "total. The old key safe was left on the wall but is not in use any more. Any questions call "
    "me on 07700 900 461.",
    "Handover: Mrs Lowe's building is at 14 Church St, entrance on the left, door 2. There are {n} "
    "flats so allow time to find the lift. The key safe is being changed on Friday at {time}, the "
    "family will text the new number directly to the coordinator.",
    "Please note staff ID {n} has been issued a new fob for the office door. The old fob (tag {n}) "
    "has been disabled. Report lost fobs to reception within 24 hours.",
    "Equipment issued: commode (asset {n}), perching stool (asset {n}), key safe (council stock, "
    "batch {year}). Collection of the bath board booked for {time} on Monday.",
    "Care package: 4 calls a day, 21 hours a week, start {year}-04-01. Funding ref {n}. Cost per "
    "hour £24.10. Door: client will be in, no key safe needed at present.",
    "The hospital discharge is from ward 32 via gate {n} at {time}; transport booking number {n}. "
    "Please have the first call at home within an hour.",
    "Safeguarding concern ref {n}: the neighbour has a key to the back door and has been visiting "
    "at night. Lock changed on {year}-11-20 by the housing officer. No key safe at the property.",
    "Key safe audit for the east team: {n} boxes checked, 12 with damaged dials, 3 left unlocked. "
    "Reminder to carers to scramble the digits after use. Next audit {year}.",
    "Telecare install booked: pendant alarm and key safe, engineer arrives between {time} and "
    "1200, order no. {n}. Client's phone line number ends 4471; please make sure someone is there.",
    "Mileage claim: {n} miles in November, rate 45p, total to be paid with December wages. Gate "
    "fees at the hospital car park £3.20 a day.",
    "Door entry fault at Beech House reported to the housing association, job {n}. Until it is "
    "repaired the warden will let carers in between {time} and 2000 from the office by the lift.",
    "Training: key holding and access, course code AC{n}, Thursday {time}-1300, room 4. Please "
    "bring your ID badge.",
    "OT note: practised the door lock with Mrs Field, she can now turn the thumb-turn on her own. "
    "Grip strength weak on the left. 3 sessions left, next on {year}-02-09.",
    "Locksmith report: attended {time}, gained entry by picking the lock at the client's request "
    "after the carer found keys missing from the key safe. Job {n}, £{n} emergency call-out.",
    "The new alarm company asks for the account number {n} and the keyholder list; do not send "
    "them any passwords or codes by email.",
    "Referral update: Mr Green's key safe fitting is delayed - supplier order {n}, stock due "
    "{year}. Carers to keep using the spare key held by his neighbour at number 6.",
    "Pelna dokumentacja: numer klienta {n}, wizyta o {time}, drzwi otwiera corka.",
    "Numero de referencia {n} para la cerradura nueva, la instalación es el lunes.",
]
