"""BLIND-15: a blind part of the access-code detection corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b15 on 2026-12-04 (about 23:15-23:25 UTC). The author had not read the
recognizers, their vocabulary or the scan code (server/needtoknow/inspect/), the tests under
tests/inspect/, nor any earlier blind part; only the part table and generator functions of
bench/detection_corpus.py (lines 85-175). Committed before its first run.

Voice: care workers writing visit notes into a care app and texting the office (short, hurried,
abbreviations, voice-to-text), and a client's adult children writing long emails about their
parent's care and home. Roughly 40 % very short, 30 % one or two sentences, 30 % long.

Slots: positives and tables take {code} (the generator fills in forms such as 4821, B4821, 4821X,
48 21, 48-21, four eight two one); traps take {n} (1000-99999), {year} (1950-2029) and {time}
(e.g. 0830). Traps hold numbers beside access words that a careful human would not call a code.

First run on 73a54c9 (2026-12-04 23:16 UTC, `bench/bench_detection.py --parts blind15`, seed 10,
scale 1): BLIND-15 recall 93.50 %, precision 95.17 % (26 of 400 positives missed, 19 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND15_POSITIVE = [
    # Very short: app notes and texts.
    "ks {code}", "KS is {code} now", "keysafe {code} x", "Box {code}", "door {code}",
    "gate {code} ta", "alarm {code}", "padlock {code}", "bin store {code}", "comm door {code}",
    "{code} ks", "{code} for the box", "new code {code}", "code changed to {code}",
    "lockbox {code}", "keypad {code}#", "fob broken use {code} on panel",
    "side gate combi {code}", "K safe {code} keys back in", "alarm off {code} then on when u go",
    "main door {code} flat 3", "shed lock {code}", "garage keypad {code}",
    "key safe numbers {code}", "kee safe {code}", "kay safe is {code}",
    "ks code is {code} pls delete this msg",
    # One or two sentences.
    "Hi it's Donna, Mrs Patel's family changed the key safe today, it's now {code}.",
    "Visit note: let myself in with the key safe ({code}), keys returned and box scrambled.",
    "Can you update Mr Hughes's file, the code for the side gate is {code} not the old one.",
    "Office please note communal entrance code for Alder House is {code} from Monday.",
    "Key safe by the back door, use {code}, front door is bolted from inside.",
    "Alarm panel in the hall cupboard, put in {code} within 30 seconds or it goes off.",
    "Lockbox on the railings left of the steps - {code}.",
    "Voice note: key safe code four eight two one sorry I mean {code}.",
    "Double carers on the 7am call, the padlock on the gate is {code}.",
    "Son says the box code is {code} and to make sure you spin the numbers after.",
    "Door entry at the block: press the key symbol then {code} then the bell.",
    "Please pass to the night team: keypad on the porch door {code}.",
    "Access details updated - KS {code}, alarm none, pet dog in kitchen.",
    "Keys are in the grey box on the wall, combination {code}.",
    "If nobody answers use the keysafe, number is {code}, its under the ivy.",
    "Care plan - Access: key safe to the right of the front door. Code: {code}.",
    "Rota Tues AM: Mrs Ellis 07:30 (KS {code}), Mr Brown 08:15 (family let in).",
    "Handover: Bill's alarm code is {code} if it trips, it's in the cupboard under the stairs.",
    "The warden has given us the scheme door code, {code}, for evening visits only.",
    "Nuevo código de la caja de llaves: {code}.",
    "Kod do skrzynki na klucze to {code}.",
    "Codul de la cutia cu chei este {code}.",
    "Key safe code {code} (mum's birthday backwards so she can remember it).",
    "Gate code {code} then drive round to the back, front door is not used.",
    "Just to confirm the KS will be {code} from tomorrow morning.",
    "Carer cant get in, what's the code? - Office: {code}, it was changed Friday.",
    "fyi the lock box on the meter cupboard is {code}",
    "Its {code} to get in the building then flat 12 on the 2nd floor",
    # Long: adult children's emails and multi-line notes.
    "Dear Sarah, thank you for all your help with Dad this week. As discussed, we have had a new "
    "key safe fitted by the back door because the old one was seized up. The code is {code}. "
    "Please make sure everyone puts the keys back and scrambles the dial, as Dad worries about it.",
    "Hello, I'm writing on behalf of my mother, Joan. Her carers will need to get in on the "
    "mornings I'm at work. The key safe is on the wall to the left of the porch, behind the "
    "bird feeder, and the code for it is {code}. The alarm is not set during the day.",
    "Hi all, quick update on Mum's house. The council have fitted a gate across the drive, "
    "it has a keypad and the code is {code}. The key safe code hasn't changed. Any problems "
    "ring me rather than the office after 5pm.",
    "Morning. Visited Mr Jones, he was still in bed when I arrived. Used key safe {code}, "
    "gave meds as per MAR, breakfast and a cup of tea. Left him comfortable, keys back in box.",
    "Good afternoon, my father's flat is in a block with a door entry system. If he doesn't "
    "answer the buzzer, please use the trades code on the panel which is {code}. Then the key "
    "safe on his own door is the same one as before. Many thanks, Helen",
    "ACCESS\nKey safe: front porch, left\nCode\n{code}\nAlarm: none\nPets: cat",
    "Client: Mrs D\nEntry: communal door\nCode - {code}\nFlat door: key from key safe",
    "New starters please read: for Park View bungalows the gate padlock is {code}. Each "
    "bungalow has its own key safe, those codes are on the care plans in the app.",
    "Hi Karen, sorry for the long email. Mum has been very confused about the key safe and "
    "kept changing the numbers. My brother reset it on Sunday and it is now {code}. We have "
    "asked her not to touch it. Could you let the team know and update the care plan? Thanks.",
    "Hello, the alarm company came today. The new alarm code is {code}, please set it when "
    "leaving the evening call. The pendant has also been replaced. Best wishes, Mark",
    "Evening call done 19:45. Had to use side gate, code {code}, as front was blocked by a van. "
    "Mrs K had eaten half her tea, fluids good, creams applied, pad changed.",
    "Dear team, Dad is moving into my house for two weeks while his bathroom is done. "
    "My address is on the file. Please let yourselves in with the key safe by the garage, "
    "the combination is {code}. The dog will be shut in the utility room.",
    "KS\n{code}",
    "Key safe code for Mr Singh has changed\n\n{code}\n\nplease delete after reading",
    "Hi, it's Tom (Irene's son). The combination for the lock box by the back gate is "
    "{code}. Mum's keys are on the red fob. Thanks for everything you're all doing.",
    "To whoever is on tonight - the building's front door keypad is {code}, the lift is out so "
    "use the stairs to the third floor. Key safe is next to her door as before.",
    "Back door for the morning call, it has one of those push-button locks, press {code} and "
    "turn the handle.",
    "Pls can someone put on Mrs O's notes that the code is now {code} for her keysafe, "
    "daughter changed it after the break in next door.",
]

BLIND15_TABLES = [
    (["Client", "Key safe"], ["Mrs A", "{code}"]),
    (["Name", "Address", "KS code", "Notes"], ["Mr B", "14 Hill Rd", "{code}", "dog"]),
    (["Service user", "Access"], ["Mrs C", "Key safe {code}"]),
    (["Time", "Client", "Entry"], ["07:30", "Mr D", "KS {code}"]),
    (["Property", "Door entry code"], ["Birch Court", "{code}"]),
    (["Client", "Gate", "Key safe"], ["Mr E", "{code}", "family"]),
    (["Client", "Alarm code"], ["Mrs F", "{code}"]),
    (["Run", "Client", "Keysafe no."], ["Run 3", "Mrs G", "{code}"]),
    (["Client", "Lockbox"], ["Mr H", "{code}"]),
    (["Scheme", "Communal door", "Warden"], ["Elm Lodge", "{code}", "Sue"]),
    (["Client", "Access info"], ["Mrs J", "box left of door, {code}"]),
    (["Name", "Padlock"], ["Mr K (shed)", "{code}"]),
    (["Client", "Code", "Where"], ["Mrs L", "{code}", "key safe by porch"]),
]

BLIND15_TRAPS = [
    # Very short.
    "Door {n}", "Gate {n}", "flat {n}", "Ward {n}", "Room {n}", "ext {n}", "Ref {n}",
    "PO {n}", "inv {n}", "mileage {n}", "KS fitted {year}", "alarm went off {time}",
    "in at {time}", "door locked {time}", "keys back {time}", "gate shut {time}",
    "pendant {n}", "order {n}", "staff ID {n}", "NHS no {n}",
    "Tax code {n}L", "dress code smart", "Room {n} for the key holding course",
    "code blue at {time}", "keys cut, receipt {n}", "postcode check {n}",
    "Paid \u00a3{n} for the key safe", "{n} steps today", "Job no {n}",
    "Alarm tested {time}", "Born {year}",
    # One or two sentences.
    "Mrs Patel's pendant alarm is serial {n}, the base unit needs returning to Careline.",
    "Ordered a new key safe for Mr Hughes, order number {n}, arriving Thursday.",
    "Door {n} at the hospital is the one for the discharge lounge, park near gate 4.",
    "Please ring the office on extension {n} if the gate is locked when you arrive.",
    "Key safe fitted by the handyman in {year}, it's getting stiff now.",
    "Called in at {time}, front door was already unlocked by the daughter.",
    "The lock on the back door is a Yale {n}, locksmith says it needs replacing.",
    "Mum's NHS number is {n} if the district nurse asks.",
    "Keypad batteries died again, the pack is part {n} from Screwfix.",
    "Training: course code {n}, safeguarding level 2, room 3 at head office.",
    "Alarm engineer booked, job reference {n}, between {time} and 1pm.",
    "Gate repair quote came to \u00a3{n} plus VAT which the family won't pay.",
    "Mr Jones is now in room {n} on the Elm ward, by the door to the garden.",
    "Lifeline say the alarm was pressed {time}, she'd fallen in the hall.",
    "Invoice {n} is for the key safe fitting and two spare keys.",
    "Meds: paracetamol 500mg, given {time}, next dose not before 1pm.",
    "Door entry handset model {n} is the one that keeps buzzing on its own.",
    "Booking ref {n} for the patient transport, pick up from the front door.",
    "Mileage today {n} miles, mostly between the two schemes.",
    "Sort code and account number are on the form, payroll number {n}.",
    "Her tax code is wrong again, they've put {n}L on the letter.",
    "Bus {n} stops right outside the gate so she can get to the day centre.",
    "The safe in the bedroom has her jewellery, it was bought in {year}.",
    "Key number {n} is stamped on the back door key if we need another cut.",
    "Please quote complaint reference {n} when you reply about the gate.",
    "Fluids {n}ml over the day, door left on the latch for the nurse.",
    "The pin on the work phone keeps locking, IT ticket {n} raised.",
    "Council tax reference {n} is on the letter on the hall table.",
    "Care plan reviewed {year}, access unchanged, see the key safe section.",
    "Alarm pendant asset tag {n} - left with the family, not the office.",
    "Locker {n} in the staff room has the spare uniforms.",
    "Flat {n}, the door is the blue one at the end of the corridor.",
    # Long.
    "Dear Sarah, Dad's hospital appointment is on Thursday at {time} in clinic 7. "
    "Could the carer have him ready by the front door? Transport booking reference is {n}. "
    "He was born in {year} if they ask for his date of birth.",
    "Hi Karen, the locksmith came round about the back door. He says the lock is a "
    "British Standard one, model {n}, and it will cost about \u00a3120 to replace. "
    "We will leave it for now. Please carry on using the key safe as before.",
    "Hello, I wanted to let you know that the alarm company visited. The pendant serial "
    "number is {n} and the new base unit was installed at {time}. They tested it with the "
    "control centre and everything works. The key safe has not been touched.",
    "Morning visit done. Arrived {time}, Mrs K at the door in her dressing gown. Took BP, "
    "weight up {n} grams on last week's scales, breakfast eaten. Gate was open.",
    "Hi all, just a reminder that the new office phone extension is {n}, and that the "
    "gate at the office car park now closes at 6pm. Staff meeting in room 2, dress code "
    "is uniform.",
    "Dear team, Mum's new GP surgery is on Station Road, postcode on the letter. Her "
    "NHS number is {n}. The surgery door is round the back and the buzzer is on the left. "
    "Thank you all for getting her there last time.",
    "Evening call 19:30. Door was locked and the key safe empty, rang son who had the keys. "
    "He came at {time}. Incident logged, reference {n}. Mr B fine, had his tea late.",
    "Hello, following our call I have paid invoice {n} for the key safe and alarm pendant. "
    "The bank sort code you gave me was wrong, please check it. We moved Dad here in {year}.",
    "Hi, I've ordered a replacement padlock for the shed, Amazon order {n}, it should arrive "
    "tomorrow. Until then the shed is left unlocked, there's nothing valuable in it.",
    "Handover: Mr Singh's door sensor number {n} keeps going off at night. Lifeline will "
    "send an engineer. Don't reset the alarm yourselves, just ring them at {time} if it trips.",
    "Dear Helen, regarding the gate: the council reference for the dropped kerb and new "
    "gate is {n}. They say the work will be done in the spring. Access stays via the front.",
    "Your DBS certificate number is {n}, please bring it with your ID to induction in room 4 "
    "at {time}, the door code will be given to you there by your supervisor.",
    "Week summary for Mum: 14 visits, two late ones ({time} was the latest), mileage {n}. "
    "She says the carers always put the keys back and lock the door properly.",
    "Hi, the keypad on the building's front door is being replaced on the 12th, job number "
    "{n}. The housing officer will send the new details to the office directly, not to us.",
    "Dear all, Dad's new address is Flat {n}, Oak House. The building door faces the car park "
    "and there is a concierge until 10pm. Please call the office for access details.",
    "Evening. Keys not in box when I arrived {time}, found them on the kitchen table after "
    "the daughter let me in. Told office, log number {n}.",
    "Mum's pension number is {n} and the safe deposit box at the bank is in her name only. "
    "Please don't discuss money with her, it upsets her.",
    "The alarm company's account number for Mrs F is {n}. If it goes off, call them and they "
    "will reset it remotely, carers should not try to reset it.",
    "Hi, just to say the gate at the end of the garden is number {n} on the allotment plan, "
    "Dad rents it. Nothing to do with his care, he just likes to talk about it.",
    "Key holding policy version {year}: all key safe details are kept in the app, never "
    "in texts or emails. Read and sign by Friday, ref {n}.",
]
