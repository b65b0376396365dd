"""BLIND-19: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b19 on 2026-12-04 (about 23:50-00:05 UTC). The author had not read the
recognizers, their vocabulary or the scan code (server/needtoknow/inspect/), nor any earlier
blind part (bench/detection_blind*.py), nor tests/inspect/. The phrasings come from how a team of
carers share one house-bound client's visit log across a week (short entries by different
people, abbreviations, corrections) and how an agency receptionist types up phone messages.
Committed before its first run: if the rules are ever changed because of a miss here, this part
stops being blind and its figures must be reported as seen.

Slots: {code} in BLIND19_POSITIVE and BLIND19_TABLES (the generator fills in 4821, B4821, 4821X,
48 21, 48-21, four eight two one ...); {n} (a number 1000-99999), {year} (1950-2029) and {time}
(such as 0830) in BLIND19_TRAPS. Each positive holds exactly one access code; no trap holds any.

First run on 2130523 (2026-12-04 23:55 UTC, `bench/bench_detection.py --parts blind19`, seed 10,
scale 1): BLIND-19 recall 90.25 %, precision 93.52 % (39 of 400 positives missed, 25 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

# Each sentence gives one code for getting in: a key safe, door, gate, alarm, padlock, communal
# door, lockbox or keypad. About 40 % very short, 30 % one or two sentences, 30 % long.
BLIND19_POSITIVE = [
    # Very short: visit-log scribbles and texts.
    "KS {code}",
    "ks {code} x",
    "Keysafe now {code}",
    "new ks no {code}",
    "K/safe - {code}",
    "box {code} keys inside",
    "Gate {code}#",
    "front door keypad {code}",
    "alarm off {code}",
    "Alarm unset: {code}",
    "padlock on shed {code}",
    "Comm door {code}",
    "main entrance buzzer code {code}",
    "lockbox {code} (blue one)",
    "{code} ks",
    "{code} for the box",
    "{code} = front door",
    "code to get in {code}",
    "Corr: KS is {code} not the old one",
    "sorry typo, key safe {code}",
    "kesafe {code}",
    "key saf code {code}",
    "Gate pin {code}",
    "bin store door {code}",
    "Cód. caja de llaves {code}",
    "Cod cutie chei {code}",
    "Kod do sejfu na klucze: {code}",
    "Entry {code} then flat 3",
    # One or two sentences: log entries and typed-up phone messages.
    "Mon am (JT): let myself in with KS {code}, keys put back, door locked.",
    "Daughter rang - key safe has been changed today, new number is {code}.",
    "Msg from Mrs P's son: the back gate now has a keypad, press {code} then pull.",
    "Tues tea (AK) - alarm was beeping when I got in, put {code} in and it stopped.",
    "Wed lunch: couldn't open box, turns out it's {code} now. Please update the folder.",
    "Phone msg 10:40 - housing officer says the communal door code is {code} from today.",
    "Office: please note the lockbox by the garage is {code}, not the one on the care plan.",
    "Correction to Rosa's entry above - the key safe is {code}, she missed a digit.",
    "Night sitter to use the side door, keypad {code}, then lock from inside.",
    "Just to confirm for tomorrow's double up: ks by the porch light, {code}.",
    "{code} is the new one for the key safe, old number no longer works.",
    "Padlock on the side gate is a combination one, {code}, please spin it after.",
    "Rang Carol's niece re access: she's put the keys in the box, combo {code}.",
    "Alarm panel in the hall cupboard, disarm with {code} within 30 secs.",
    "Hola chicas, la caja de llaves ahora es {code}, no la del papel.",
    "Jeśli drzwi zamknięte, klucze w skrzynce, kod {code}.",
    "Block entrance: buzz flat 12 if no answer, otherwise trades code {code}.",
    "For the Saturday cover: key safe combination - {code}. Return keys after every call.",
    "Access via rear, lock box code {code}. Dog in the kitchen, keep the door shut.",
    "Key box\n{code}",
    "ACCESS\nKey safe left of door\nCode: {code}",
    # Long: several sentences, several numbers, only one of them a code.
    "Thurs 07:45 (BN). Arrived 5 mins late, traffic on the A38. Key safe had been left open "
    "so I reset it to {code} as agreed with the office. Gave 2 paracetamol 500mg, breakfast "
    "eaten, pad changed. Left 08:20.",
    "Phone message for Sarah, taken 14:15 by Jo at reception. Mr Hughes's son Gareth called "
    "on 07700 900123. He has had a new key safe fitted at 21 Bryn Road and says the code is "
    "{code}. He would like the old paperwork shredded. No need to call back unless there is "
    "a problem.",
    "Fri pm - whoever is on Sunday: the gate at the bottom of the drive is now locked at "
    "night. Code for the gate keypad is {code}. The house key is still in the usual key safe. "
    "Mum's next GP appt is 12th at 10:30.",
    "Handover: client had a fall on Tues (no injury, 111 called, OBS fine). Family have had "
    "a door entry keypad put on the front door so carers don't need the key box any more. "
    "Keypad number {code}. Box is being taken off on the 15th.",
    "Msg from Lesley at Orchard Court (sheltered housing) 09:05: the scheme has changed its "
    "main door code to {code} following a break-in. Please tell all carers visiting flats "
    "2, 14 and 27. Warden on site 9-5 Mon-Fri.",
    "Sat 18:30 (MK): Could not get in at first, the key safe code in the folder is wrong. "
    "Rang the on-call and they gave me {code}, which worked. Have crossed out the old one. "
    "Tea given, meds from blister pack, 2 of 4 slots left.",
    "Care plan - Section 4, Access and security.\nProperty: ground floor bungalow, 1 step at "
    "the front.\nKey safe: wall mounted, right of the front door.\nCombination: {code}\n"
    "Spare key held by neighbour at no. 9.",
    "Receptionist note: Mr Iqbal (NOK) rang 11.20. His father's alarm is now set when he "
    "goes to bed. If the late carer arrives after 21:30 the alarm must be turned off with "
    "{code} on the pad by the stairs. He'll pay the £45 call-out if it goes off again.",
    "Sun morning visit. Took 40 mins not 30. Client low in mood, ate half a slice of toast. "
    "NB the padlock on the back gate was changed by her grandson yesterday - it's {code} "
    "now, written on a slip in the folder too. Please shred that slip next visit.",
    "Hi all, it's Dee from the office. For Mrs Kowalski from Monday 3rd: the hospital "
    "discharge is confirmed for 2pm. OT visiting at 4. The key safe has been moved to the "
    "back door and reset to {code}. First call is the 5pm tea call, 45 mins.",
    "Pls read before visiting Alf!! Ambulance crew last night broke the lock on the front "
    "door. Locksmith booked for Thurs. Until then go in by the back, the key box there "
    "opens with {code}. Ref for the locksmith job is on the fridge.",
    "Mensaje para el equipo: la señora Brown vuelve a casa el jueves. La caja de llaves "
    "está junto a la puerta del jardín y el código es {code}. Por favor, devolved las "
    "llaves siempre.",
    "Message taken by Priya 16:50. Caller: Jean (daughter). Reason: access. Jean has put a "
    "combination lock on the garden gate because of the dog. Combination is {code}. "
    "The key safe on the porch is unchanged. Visits as normal at 8, 12, 5 and 8.",
    "Wk commencing 7th - rota notes.\nAM: Tina\nLunch: Kev\nTea: Tina\nBed: agency\n"
    "All staff: the communal entrance keypad for Linden House is {code}, then take the lift "
    "to floor 3.",
    "Fri 20:10 (SR) Bed call. Client settled. Smoke alarm chirping - needs battery, told "
    "office. On leaving found the key safe dial stuck; it opens on {code} but only if you "
    "push the button hard. Keys back in, dial scrambled.",
    "Phone message: Andrew at the council lifeline team called about Mrs Dunn. Her pendant "
    "has been tested and works. He also asked us to note the key safe is {code}, in case "
    "responders need it after hours. Lifeline ref is on her file.",
    "Wed 13:00 (RJ): Going forward please use the side door as the front one sticks. Side "
    "door has a digital lock, {code} then turn the handle up. Client had soup and a yoghurt, "
    "fluids 400ml. Bins out Thurs.",
    "Note from reception to the care coordinator: Mrs Owen's key safe code was read out to "
    "me by her son as {code}. I have not updated the system, can you check with him and "
    "do that? He's on the number on file, best after 6.",
    "Tuesday's entry by Lou says 'KS changed' - for clarity it's now {code}. Previous "
    "number deleted from the folder and the app. Thanks, Mel (team leader).",
    "Lockbox at the back of the block, behind the bike shed, combo {code}. It holds the fob "
    "for the main door and the flat key for no. 6. Do not leave the fob in the flat.",
    "Sun: New carer shadowing today (Aisha). Showed her the key safe ({code}), the "
    "medication chart, where the spare pads are. Client happy to have her. 2 visits "
    "together then Aisha solo from the 20th.",
    "From the family WhatsApp, pasted by the office: 'Dad's alarm code for the house is "
    "{code}, the carers will need it for the late call when we're away 12-19th. Thanks "
    "so much, Helen.'",
]

# Headers and one row of a spreadsheet or rota grid; the cell holding {code} is a way in.
BLIND19_TABLES = [
    (["Client", "Address", "KS"], ["Mrs D", "14 Elm Rd", "{code}"]),
    (["Name", "Visit times", "Access"], ["Alf", "8/12/5/8", "key box {code}"]),
    (["Service user", "Keysafe no."], ["JH", "{code}"]),
    (["Day", "Carer", "Notes"], ["Tues", "Kev", "gate {code}"]),
    (["Client", "Door entry"], ["Flat 6 Linden Hse", "{code}"]),
    (["Who", "Alarm", "Pets"], ["Mr P", "{code}", "cat"]),
    (["Client", "NOK", "Access info"], ["Mrs O", "son", "lockbox {code} by garage"]),
    (["Ref", "Client", "Key safe code"], ["C-12", "Bryn", "{code}"]),
    (["Property", "Padlock combo"], ["Shed, no. 21", "{code}"]),
    (["Cliente", "Código"], ["Sra. Brown", "{code}"]),
    (["Run", "Client", "Way in"], ["AM run 2", "Ida", "{code} side door"]),
    (["Block", "Main door", "Lift"], ["Orchard Ct", "{code}", "yes"]),
    (["Date", "Change", "New"], ["Mon", "key safe reset", "{code}"]),
]

# Agency text with numbers beside access words where none of them is a code to get in.
BLIND19_TRAPS = [
    # Very short.
    "Door no. {n}",
    "key safe order {n}",
    "KS fitted {year}",
    "alarm went off {time}",
    "gate locked at {time}",
    "Pendant {n} returned",
    "PO {n} - key safes x4",
    "Inv {n} keypad fitting",
    "Room {n} by fire door",
    "Gate {n}, car park B",
    "keys cut £{n}",
    "ext {n} for keyholding",
    "Alarm serial {n}",
    "Yale {n} padlock, boxed",
    "Locker {n} staff room",
    "Mileage {n} this month",
    "Tax code {n}L",
    "Dress code: tunic {n}",
    "NHS no. {n}",
    "Job {n}: door sticking",
    "Lock changed {year}",
    "Keypad batteries x{n}",
    "Safe deposit ref {n}",
    "Ward {n} door, turn left",
    "Fob {n} lost, reported",
    "Entrance {n} closed",
    "Bus {n} from the gate",
    "door left open at {time}",
    "Meter reading {n}",
    "Order {n}: key safe (silver)",
    "Course code {n} - safeguarding",
    "{n} steps from gate to door",
    # One or two sentences.
    "Mon (JT): front door sticks, reported to housing, job number {n}.",
    "Alarm pendant pressed at {time}, control centre rang, client fine.",
    "Tues: key safe fitter booked, order ref {n}, he'll come between 8 and 1.",
    "Message: Boots rang, prescription {n} ready for collection, pharmacy by the gate.",
    "Please park in gate {n} at the General and go to outpatients.",
    "The lifeline alarm unit model {n} has a flat battery light, told office.",
    "Phone msg: locksmith invoice {n} for £95, to go to the family not us.",
    "Key safe costs £{n}.99 from Screwfix, daughter asking if we sell them.",
    "Gate code of conduct training, course {n}, Thursday in the board room.",
    "Sort code for the key safe refund: {n}, account on the form.",
    "New postcode for the client's door: house is now {n} Station Rd.",
    "Wed lunch: door bell broken again, it's been since {year} apparently.",
    "Client was born in {year}, door has her name on it, room {n}.",
    "Alarm company rang: customer number {n}, annual service due.",
    "Key handed in at reception at {time}, logged in key book page {n}.",
    "Padlock receipt no. {n} in the office drawer.",
    "Access to Work claim {n} approved for Sue's taxi.",
    "Pin badge {n} from the conference, left by the door.",
    "The keypad on the office door was replaced, ticket {n} closed.",
    "Phone msg: GP surgery ext {n}, ask for the district nurses re door access.",
    "Fri (SR): smoke alarm tested {time}, ok. Fire door closed.",
    "Carer arrived {time}, left {time}, key safe locked.",
    "Booking ref {n} for the hospital transport, they'll knock on the front door.",
    "Fortisip order {n} delivered, kept in the safe place in the kitchen.",
    "Lock code 4 on the error display means the washing machine door is open, model {n}.",
    # Long, several numbers.
    "Thurs 07:45 (BN). Arrived late, traffic. Gave meds at {time}, fluids 300ml. Client asked "
    "about the door entry system repair, reference {n}, housing say next week. Left 08:20.",
    "Phone message for Sarah from Gareth Hughes (son): he has paid the key safe invoice "
    "{n} and wants a receipt emailed. He moved house in {year}, please update his address. "
    "Best number is the one on file.",
    "Handover: client had a fall on Tues. Ambulance job no. {n}. Family are ordering a key "
    "safe, product code {n}, should arrive Friday. Until then keys with neighbour at no. 9.",
    "Msg from Orchard Court warden 09:05: fire alarm test every Wednesday at {time}. The "
    "main door will be held open for {n} seconds during the test. No action needed.",
    "Sat 18:30 (MK): Pendant alarm pressed by mistake twice today. Control centre ref "
    "{n}. Reminded client it's for emergencies. Tea given, meds from blister pack.",
    "Care plan - Section 4, Access. Property: flat {n} on the second floor. Key safe to be "
    "fitted once landlord agrees, request sent {year}. Until then family let carers in.",
    "Receptionist note: Mr Iqbal rang 11.20 about the alarm company bill, account {n}, "
    "amount £{n}. He wants to cancel the keyholding service from the end of the month.",
    "Sun visit. Took 40 mins. Gate hinge broken, the handyman quoted {n} for a new gate and "
    "padlock. Client wants to think about it. Next visit {time} tomorrow.",
    "Hi all, it's Dee. Mrs Kowalski discharge confirmed for 2pm. Ward {n}, bay 4, by the "
    "door. Transport booking {n}. Key safe stays where it is, no change.",
    "Message taken by Priya 16:50. Jean (daughter) asked about our lone working policy, "
    "document {n}, page 12 on door access. Sent her a copy. No other changes.",
    "Wk commencing 7th - rota notes. Visits at {time}, 12:00, 17:00, 20:00. Mileage claim "
    "{n} for the week. Staff ID {n} for the new starter, door fob to be collected.",
    "Fri 20:10 (SR) Bed call. Smoke alarm chirping, it's model {n}, fitted {year}. Told office "
    "to ring the fire service for a home safety check. Key safe checked and locked.",
    "Phone message: council lifeline team, Mrs Dunn's pendant serial {n} was tested at {time}. "
    "The key safe is registered on their system under her client ID, nothing else needed.",
    "Wed 13:00 (RJ): The side door lock is a Yale {n}, locksmith says it needs oil. Fluids "
    "400ml. Bins out Thurs. NHS number {n} written on the hospital letter for the file.",
    "Note for coordinator: invoice {n} for the key safe installation was sent to the wrong "
    "address in {year}. Son says the door number is 21, not 12. Please correct and resend.",
    "Lockbox audit {year}: {n} lockboxes recorded across the Dudley patch, 3 need replacing. "
    "Order numbers to follow from the supplier.",
    "Sun: New carer shadowing (Aisha), staff number {n}. Showed her the key safe, the "
    "meds chart and the alarm pendant. DBS certificate {n} seen and copied.",
    "From the family WhatsApp, pasted by the office: 'Dad's gate keeps swinging open, I've "
    "ordered a spring closer, order {n}, due {time} Tuesday. Thanks, Helen.'",
    "Timesheet query: Kev logged in at the door at {time} but the app shows {n} minutes "
    "late. Can payroll check job {n}? Access was fine, no issues with the key safe.",
    "Keyholding contract {n} signed {year}. Agency holds a spare door key in the office safe, "
    "tag number on the key book. Only managers sign it out.",
    "Alarm receiving centre rang at {time}: fall detector activated, call ID {n}. Carer "
    "attended within 20 mins, client unhurt, reset the unit.",
    "Mileage from office to Orchard Court is {n} miles round trip via the main gate. Parking "
    "permit {n} on the dashboard.",
    "Door to door transport rang: pick-up at {time}, booking {n}. Client to wait by the gate "
    "with her stick.",
    "Pls read: Alf's GP letter dated {year} gives his NHS number as {n}. The key box at the "
    "back is the same as before, don't change it.",
    "Training: key safe and lone worker course code {n} runs on the 14th at {time}, room {n}. "
    "Bring your ID badge to get through the security door.",
    "Audit of padlocks on the sheds: {n} checked, all locked. Report {n} filed.",
]
