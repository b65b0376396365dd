"""BLIND-21: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b21 on 2026-12-05 at about 00:05 UTC (briefed as the 2026-12-04 round).
The author had not read the recognizers, their vocabulary, the scan code, nor any earlier blind
part; only the part table and generator functions of detection_corpus.py. Committed before its
first run.

The voice: agency office staff in very short Teams/Slack-style messages, email subject lines and
one-line replies, and a client's neighbour who holds a spare key writing to the office. Roughly
40 % very short, 30 % one or two sentences, 30 % long with several numbers.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on cec1502 (2026-12-05 00:06 UTC, `bench/bench_detection.py --parts blind21`, seed 10,
scale 1): BLIND-21 recall 96.50 %, precision 91.25 % (14 of 400 positives missed, 37 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND21_POSITIVE = [
    # Very short: chat lines, subject lines, one-line replies.
    "ks {code}", "KS is {code} btw", "code's {code}", "it's {code} for the box",
    "new KS code {code}", "RE: key safe - {code}", "Subject: Mrs P key safe {code}",
    "FW: door code {code}", "gate {code}", "keypad {code} then push", "alarm {code}",
    "padlock on shed {code}", "lockbox {code} x", "communal door {code}",
    "{code} for the keysafe", "{code} (KS)", "{code} - front door keypad", "door entry {code}#",
    "ks changed to {code} pls update", "yep {code} for the key safe", "Key safe: {code}.",
    "buzz flat 4 or use {code} on the main door", "keysafe combo {code}",
    "Alarm unset {code} on the way in", "KS cde {code}", "kesafe {code}",
    "key saf now {code}", "the box code is {code}", "gate's {code} now", "KS: {code} (new)",
    # One or two sentences.
    "Hi all, Mr Dunn's key safe has been changed by his son, it's now {code}.",
    "Just to confirm the code for the side gate is {code}, the latch is stiff.",
    "Can someone let Jo know the keysafe is {code}? She's on the 7am call.",
    "Hi, I'm the neighbour at no. 14 with Betty's spare key. She's changed the key safe to {code} so I thought you should know.",
    "Neighbour here - I've put her keys back in the box and reset it to {code}.",
    "The alarm panel is in the hall cupboard, put {code} in within 30 seconds of opening the door.",
    "Thanks Sarah - door entry for the block is {code} then the bell for flat 9.",
    "Please note new lockbox combination: {code}. Old one no longer works.",
    "Key safe by the back door, number {code}, please make sure you scramble it after.",
    "The communal entrance keypad was reset this morning, it's {code} now.",
    "Reply: yes that's right, {code} opens the key safe, the keys are on a blue fob.",
    "Carers to use the shed padlock ({code}) to get the spare key for the conservatory.",
    "Rota note for Sat: Mrs H - KS {code}, 2 carers, hoist.",
    "Handover: Mr T was unsettled, key safe {code} was sticking, I've reported it.",
    "Mrs Ali's daughter says the code for the gate is {code}.",
    "Spare key is with the neighbour now, but the key safe code is still {code} if she's out.",
    "Care plan - Access: via keysafe to left of front door. Code {code}.",
    "Hola, la caja de llaves es {code}.",
    "Cod cutie chei: {code}, la stanga usii.",
    "Kod do skrzynki na klucze: {code}",
    "Codul de la poarta e {code}",
    "WhatsApp from Tom: \"ks {code} back door\"",
    # Long: several sentences, several numbers.
    "Hi team, quick update for Mrs Green at 27 Elm Road. Her visits move to 0800 and 1700 from Monday. The key safe is to the right of the door and the code is {code}. Please ring 01632 960 123 if she doesn't answer.",
    "Dear office, I live next door at number 5 and I hold a spare key for Mr Parry. He asked me to tell you the key safe code has been changed to {code} after his grandson stayed. I'm usually in after 4pm if you need me.",
    "Afternoon all. New client starting 12/01: Mr Okafor, 3 calls a day, 30 mins each. Access via communal door (code {code}) then lift to 3rd floor, flat 31. Key is with his wife.",
    "Handover 14:00\nRoom 2 - fine\nMrs K - KS {code}, meds given at 13:10\nMr B - refused lunch",
    "Access info\nKey safe: left of porch\nCode: {code}\nAlarm: none\nPets: 1 cat",
    "Morning! Can you update the rota notes for Mr Lewis please. He's had a new key safe fitted by the council, code {code}, and the old one by the garage has been taken off. Visits still 0730, 1230, 1800.",
    "Hi, this is Pam from no. 22, I've got Edna's spare key. The fire brigade had to get in last night so the key safe code was given out - her son has changed it to {code} this morning. Hope that helps.",
    "Just spoke to the family. Gate code {code}, then walk round to the back door - the front one is bolted. Key safe on the back wall, same code. Client ID 4471 on the system.",
    "Re: access for Flat 7, Harbour View\nMain door {code}\nFlat door - key in the key safe, bottom of stairs\nParking in bay 12 only",
    "Reminder for the weekend team: Mrs Rowe's alarm must be unset with {code} as soon as you get in or it goes off to the monitoring centre. She has 4 visits a day and the last one is at 21:00.",
    "Hi all - the padlock on the garden gate at 8 Mill Lane is {code}. The key safe is behind it on the fence. Sorry for the extra step, the family had a break-in last month.",
    "Neighbour message (Mr Singh, no. 10): 'The key safe on Doris's wall - the numbers are {code}. I've tested it. I'm away 3rd to 10th so please don't rely on me for the key.'",
    "Care plan update v3\nSection 2 Access\nKeysafe {code} (by the meter box)\nKeys: 2 on a ring, front & back\nSection 3 Mobility\nZimmer frame, 1 carer",
    "Evening team, Mr Chan is back from hospital. Key safe code is {code} - it was changed while he was in. Meds in blister pack, 4 times a day. Call 07700 900 456 (daughter) with any worries.",
    "Spreadsheet cell: Mrs Boyd | 9 Ash Cl | KS {code} | 0900/1300",
    "Door code {code} then key safe inside the porch, same code. Client is deaf so knock loudly.",
    "Hi office, I'm the neighbour who keeps a spare key for Mrs Ward at 41. The carers couldn't get in this morning - the box code is {code}, not the old one. I've tried it and it works.",
    "Lockbox at the rear: {code}. Please put the keys back and spin the dials.",
    "Keypad at the back door: press {code} then turn the handle down.",
]

BLIND21_TABLES = [
    (["Client", "KS"], ["Mrs A", "{code}"]),
    (["Name", "Address", "Key safe code"], ["Mr Hall", "12 Park Rd", "{code}"]),
    (["Client", "Gate"], ["Ann", "{code}"]),
    (["Service user", "Access"], ["Mr Dee", "KS {code}"]),
    (["Client", "Door entry"], ["Flat 3", "{code}"]),
    (["Name", "Alarm"], ["Mrs Jay", "{code}"]),
    (["Client", "Visit", "Key safe"], ["Rose", "08:00", "{code}"]),
    (["Who", "Box"], ["Ted", "{code}"]),
    (["Client", "Lockbox"], ["Mr Pym", "{code}"]),
    (["Address", "Padlock"], ["4 Bell St", "{code}"]),
    (["Client", "Notes"], ["Vera", "key safe {code}, left of door"]),
    (["Client", "Communal door", "Flat"], ["Mr Ode", "{code}", "14"]),
    (["Client", "Keysafe no."], ["Iris", "{code}"]),
]

BLIND21_TRAPS = [
    # Very short: numbers beside access words that are not codes.
    "door {n} is the one on the left", "KS order {n} dispatched", "gate {n} closed today",
    "alarm pendant {n} returned", "key safe invoice {n}", "ext {n} for the key holder",
    "room {n}, door by the lift", "RE: PO {n} key safes", "Subject: keypad batteries order {n}",
    "FW: invoice {n} - padlocks", "ks fitted {year}", "alarm went off {time}",
    "door opened {time}", "key returned {time}", "gate locks at {time}", "lockbox model {n}",
    "pin badge {n}", "dress code for the {year} awards", "tax code {n}L", "code {n} on the PPE order",
    "padlock x {n} in stock", "alarm serial {n}", "ticket {n} - door entry fault",
    "keypad SKU {n}", "mileage {n} this month", "ward {n}, gate B", "course code {n} - lone working",
    "booking ref {n} for the door fitter", "door {n} jammed again", "keysafe qty {n} @ £30",
    "lock order {n}", "RE: gate fob invoice {n}",
    # One or two sentences.
    "Hi, the key safe for Mrs Lane has been ordered, order number {n}, should arrive Thursday.",
    "The alarm company's reference for the callout is {n}, please quote it if they ring.",
    "Can you park at gate {n} at the General and meet Mr Fox at the main entrance?",
    "Neighbour here - I live at {n} Station Road, next door to Joan, and I still have her spare key.",
    "Her new pendant alarm is asset number {n}, old one went back in the post.",
    "Door {n} at the day centre is the fire exit, don't prop it open.",
    "Please bring your staff ID badge, your staff number ({n}) shows on the door log when you swipe.",
    "The key safe cost £{n} and the family paid the fitter directly.",
    "Mr Ellis's NHS number on his file ends in {n}, door on the left at the top of the stairs.",
    "Referral {n}: the sat nav on the postcode takes you to the back gate, walk round to the key safe.",
    "Sort code and account number ({n}) for the lockbox deposit refund are on the form.",
    "Alarm engineer booked for {time} tomorrow, job number {n}.",
    "The communal door was repainted in {year} and still sticks.",
    "Lock changed {time} today by the locksmith, invoice {n} to follow.",
    "Door code policy (doc ref {n}) is on the shared drive - read it before Friday.",
    "Padlock training course code {n} runs on Tuesday.",
    "Gate opens at {time} and shuts at 1800 at the sheltered scheme.",
    "The keypad on the medicine cabinet is model {n}, the family have the manual.",
    "Reply: no code needed, the daughter will be in to open the door at {time}.",
    "Key holder's mobile is 07700 9{n}, she lives at number 3.",
    "The neighbour's house number is {n}, the one with the green door - she has the key, no key safe.",
    "PIN reset request {n} for your work phone has been sent to IT.",
    "Mrs Kaur's insulin pen batch {n}, dose at {time}, the door will be on the latch.",
    "Born {year}, lives alone, key is under the mat - family are getting a key safe fitted.",
    "Safe staffing figure for the week: {n} hours covered.",
    "Alarm call centre case {n}: fall at {time}, carer attended.",
    # Long: several sentences, several numbers.
    "Hi team, the council has approved key safes for 3 clients this month. Their reference numbers are {n}, 20417 and 31188. Fitting should be done by the 15th; I'll send the codes separately to the seniors only.",
    "Dear office, I'm the neighbour at number {n} who holds the spare key for Mr Adams. I'm going on holiday on 14/08/{year} for 2 weeks so please don't call me for the key. His daughter has a spare too.",
    "Mileage claims for October: {n} miles in total. The gate at the Harlow scheme was locked at {time} again so two carers had to wait 20 minutes. Please raise it with the housing officer.",
    "Morning all. The new alarm pendants have arrived, serials start at {n}. Please swap them on your next visit and note the old serial on the handover. The base units stay where they are.",
    "Invoice {n} for the door entry repair at Oak Court has come in at £240. The engineer attended at {time} and replaced the handset in flat 6. No change to how carers get in.",
    "Hi, just to say Mum's front door was replaced in {year} and the lock is a bit stiff - turn the key twice. The key is with me next door at {n}; there's no key safe.",
    "Training update: key holding and access course code {n}, 2 hours, room 4 at head office, starting {time}. Bring a pen and your badge.",
    "Re: door numbers at Riverside Court\nDoor {n} = Mrs Patel\nDoor 12 = Mr Ward\nBoth have carers at {time} and 1730",
    "Handover\nMr Rowe: obs chart page {n} (recheck BP)\nAlarm pendant charged\nKey returned to family at {time}\nNext visit 1900",
    "The key safe supplier's phone line is 0345 {n} and our account number with them is 88214. Please don't give either to clients.",
    "For the audit: {n} key safes logged, 12 with codes out of date, all changed by {time} Friday. The list is in the locked drawer, not on email.",
    "Carers at the Meadows: use door {n} on the east side after {time}, the main reception shuts. Sign in on the tablet, there's no code for that door.",
    "Client's gas meter number is {n}, the meter box is next to the key safe. Engineer visiting at {time} on Monday.",
    "Hi all, Mr Ivanov's hospital discharge is on ward {n} at {time}. Transport booked, ref 55120. The family will meet him at the house and let the carers in.",
    "Neighbour message: 'Hello, I'm at {n} Oak Lane opposite Mrs Reid. Her alarm went off at {time} last night and nobody came. Could someone check the pendant?'",
    "Spreadsheet cell: Mrs Boyd | {n} Ash Close | key with neighbour | 0900/1300",
    "The padlock on the bin store is a key one, not a combination. The block's bin day is Thursday and the store is number {n}.",
    "Quote for the keypad door lock: model {n}, £189 plus fitting, 2 year warranty. Family want to think about it.",
    "Rota for {year} bank holiday: {n} hours to cover, gate at the scheme opens at 0700 as usual.",
    "Cod postal {n} - e lângă poarta spitalului.",
    "Numer pokoju {n}, drzwi po lewej.",
    "Referral {n}: client needs key safe, currently relies on neighbour to open the door at {time}.",
    "Door {n} has a code lock but the scheme manager lets carers in, they don't give the code out.",
    "The safe in the office was audited at {time}, {n} pounds petty cash counted.",
    "Alarm monitoring account {n}, keyholder 1 is the son, keyholder 2 the neighbour.",
]
