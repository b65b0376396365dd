"""BLIND-14: a blind part of the access-code detection corpus.

NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b14 on 2026-12-04 at about 23:15 UTC, as a deputy manager's Monday-morning
emails to all staff (rota changes, reminders, new clients, lost keys, training, office security)
and the team's WhatsApp group. The author had not read the recognizers, their vocabulary, the scan
code, nor any earlier blind part. Committed before its first run.

Slots: positives and tables take `{code}` (filled in as 4821, B4821, 4821X, 48 21, 48-21, four
eight two one); traps take `{n}` (1000-99999), `{year}` (1950-2029) and `{time}` (e.g. 0830).
A careful human would read every positive as giving a way in, and no number in a trap as one.

First run on 73a54c9 (2026-12-04 23:16 UTC, `bench/bench_detection.py --parts blind14`, seed 10,
scale 1): BLIND-14 recall 88.75 %, precision 95.95 % (45 of 400 positives missed, 15 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND14_POSITIVE = [
    # Very short: WhatsApp replies, cells, margin notes.
    "ks {code}", "Keysafe {code} x", "gate {code}", "Door {code} pls", "{code} for the KS",
    "alarm {code}", "padlock {code}", "new ks code {code}", "code changed to {code}",
    "lockbox = {code}", "bin store door {code}", "Main door keypad {code}", "{code} key safe",
    "side gate combi {code}", "Ks is {code} now", "entry code {code}", "{code} opens the box",
    "Keyz in safe {code}", "communal dr {code}", "K.S. {code} (changed)", "Alarm off: {code}",
    "pin pad {code}", "{code} back gate", "garage padlock {code}", "Keysafe combo {code}",
    "KS- {code}", "boîte à clés {code}", "cutie chei {code}",
    # One or two sentences.
    "Morning all, Mr Haddon's key safe has been changed, it's now {code}.",
    "Can whoever is on the 7am at Elm Lodge note the door entry is {code} from today.",
    "New client Mrs Pryce starts Wednesday, keys are in the safe by the back door: {code}.",
    "Reminder that the office alarm code is {code}, please set it if you are last out.",
    "Lost keys update - family have put a spare set in the key safe, combination {code}.",
    "Hi team the gate at Willow Court won't open with the old number, use {code} instead",
    "Just to confirm the key box at no. 4 is {code}, sorry for the confusion yesterday",
    "For tonight's double up: press {code} then the tick on the communal door panel.",
    "The padlock on the side gate is set to {code}; please scramble it after use.",
    "Daughter has changed the keysafe to {code} so update your notes please!!",
    "Keysafe has been reset by the fitter - it is {code} as of this morning.",
    "Use {code} on the keypad by the lift to get to the second floor flats.",
    "Alarm will beep when you go in, tap in {code} within 30 seconds.",
    "If the door is on the latch don't worry, otherwise keysafe {code} on the wall "
    "by the meter box.",
    "The lock box under the window has been swapped for a new one and the combination is {code}",
    "Code for Mr Okafor's front door keypad: {code} "
    "(he can't remember it himself so don't ask him)",
    "Mrs Dale's KS is {code}, round the back next to the blue bin.",
    "Access: key safe left of front door, {code}. Ring bell first, she likes to know you're there.",
    "Notă pentru echipă: codul de la cutia cu chei este {code}.",
    "Kod do sejfu na klucze: {code}, po wizycie proszę zamknąć.",
    "Hi all the door code for Beech House has changed to {code}, manager asked us to pass it on",
    # Long: several sentences, several numbers.
    "Good morning everyone,\n\nA few rota changes this week. Sam is covering Tuesday lates. "
    "New client at 14 Orchard Way from Thursday, four calls a day, key safe by the garage, "
    "number {code}. Please read the care plan before your first visit.\n\nThanks, Joanne",
    "Hi all, Mr Barnes' keys went missing on Friday. The locksmith changed the locks on Saturday "
    "and a new key safe has been fitted - {code}. Old code no longer works. Please return any "
    "copies of his old keys to the office by Wednesday.",
    "Handover 18:30 - Mrs K settled, ate half her tea, meds given at 17:00. Key safe {code}, keys "
    "returned and box scrambled. Night carer due at 22:00.",
    "New client details:\nName: Mr T Evans\nCalls: 08:00, 12:30, 17:00, 21:00\n"
    "Access: keysafe at side door\nCode: {code}\nNOK: son, lives in Leeds",
    "Care plan - Access arrangements\nKey safe: yes\nLocation: right of porch, behind the trellis\n"
    "Combination:\n{code}\nOther: dog is friendly, keep gate shut",
    "Quick one from the office - the building's main entrance code has been changed after the "
    "break-in next door. New number is {code}. Please don't write it on the rota or in texts to "
    "anyone outside the team.",
    "Reminder that training is on the 12th in Room 2 at the office, 9:30 start. The office door "
    "keypad is now {code} so you can let yourselves in if reception isn't staffed.",
    "Rota week 23: Monday Lisa/Ahmed, Tuesday Claire, Wednesday Lisa. Flat 7 - communal door "
    "{code}, flat door key in the safe beside it, same number.",
    "Hiya just left Mrs Green's, she was a bit confused today. FYI the alarm panel in the hall "
    "needs {code} if it goes off, it scared me half to death lol",
    "Mr Ali (new package from 2nd): Lives on 3rd floor, lift is broken so stairs. Gate at the "
    "bottom of the drive is locked after 6pm - {code} on the pad. Key safe at the flat door "
    "is {code} too.",
    "Please note that the key safe at 22 Station Road has been moved from the front to the back "
    "of the property. The combination remains {code}. Wear ID badges at all times.",
    "Hello team, the new client in Flat 12 - communal entrance code is {code} followed by #, "
    "then take the stairs to the 2nd floor. Her door key is with the warden.",
    "Dear all, following last week's incident we have had the key safe at the office changed. "
    "Out-of-hours staff collecting the on-call phone should now use {code}. Do not share this.",
    "Shift notes 07:00-14:00: bathed, breakfast, bins out. Keysafe was left open by district "
    "nurse, I closed it and reset to {code} as per family's instructions.",
    "spare keys for mr p in the lock box behind the shed, its {code} dont tell the neighbour "
    "she keeps asking",
    "Keysafe\n{code}\nBehind the drainpipe",
    "Gate: {code}\nKey safe: left of door\nParking: on road only",
    "Caller note 10:42 - son rang, has changed keysafe at Mum's to {code}, please update the "
    "rota and care plan.",
    "New starters please note: the office door is locked on Saturdays. The keypad is {code}, "
    "the alarm is set from the panel behind the door.",
    "Sorry all, I put the wrong number in yesterday's message. Mrs Hale's key safe is {code} "
    "not what I sent before.",
    "Para el equipo: el código de la caja de llaves de la Sra. Moore es {code}.",
    "WhatsApp from Ben 19:04: at no 9, code {code} didnt work first time had to do it twice "
    "but got in ok",
    "Door entry system: press the button for flat 3, if no answer type {code} on the keypad "
    "and push hard.",
    "Mon am rota: Kerry 7-3 Greenfields (gate {code}), Tom 8-2 Hill St, Priya double up with Kerry "
    "at 12.",
]

BLIND14_TABLES = [
    (["Client", "Key safe"], ["Mrs A", "{code}"]),
    (["Name", "Address", "Access"], ["Mr B", "12 Park Rd", "KS {code}"]),
    (["Service user", "Calls", "Keysafe code", "Notes"], ["J.T.", "4", "{code}", "dog"]),
    (["Property", "Door entry"], ["Elm Court", "{code}"]),
    (["Site", "Gate code", "Alarm code"], ["Office", "{code}", "{code}"]),
    (["Client", "Access info"], ["Mr C", "keys in box {code}"]),
    (["Flat", "Communal door", "Key safe"], ["7", "{code}", "n/a"]),
    (["Day", "Client", "Time", "KS"], ["Mon", "Mrs D", "08:00", "{code}"]),
    (["Client", "Combination"], ["Mrs E", "{code}"]),
    (["Name", "Padlock"], ["Garden shed", "{code}"]),
    (["Location", "Lockbox"], ["Rear door", "{code}"]),
    (["Service user", "How to get in"], ["Mr F", "pin pad by door - {code}"]),
    (["Client ID", "Alarm"], ["Mrs G", "{code}"]),
]

BLIND14_TRAPS = [
    # Very short.
    "Door {n}, Block B", "Gate {n} at the hospital", "Key safe order {n}",
    "Alarm pendant no. {n} returned",
    "ext {n}", "PO {n} - key safes", "Room {n}", "Inv {n}", "Keys returned {time}",
    "Alarm test {time}", "Key safe fitted {year}", "Lock changed {year}", "Ref {n}",
    "Staff ID {n}", "Job no {n} - gate repair", "{n} miles this week", "Keypad model {n}",
    "New tax code {n}L from April", "Pin badge {n}", "Box {n} of gloves",
    "PIN reminder sent, case {n}",
    "Pendant S/N {n}", "Lock order {n} arrived", "code of conduct v{n}",
    # One or two sentences.
    "Ward 3 is through Gate {n}, parking is in the multi-storey opposite.",
    "Please ring the office on extension {n} if the key safe is empty.",
    "The key safes we ordered last month (order no. {n}) have arrived, collect from the office.",
    "Mrs Lee's alarm pendant is asset {n}, it needs returning to Careline by Friday.",
    "Her front door is number {n} on the estate, blue door with the ramp.",
    "Dress code reminder: no jeans, hair tied back. Uniform order number {n}.",
    "Postcode for the new client's key safe fitting is on the referral, job {n}.",
    "Sort code and account for expenses go on form {n}, not in an email.",
    "Mileage claims over {n} miles need the manager's signature.",
    "Door entry fitter attended at {time}, invoice {n} to follow.",
    "Alarm went off at {time} and the carer reset it with Mr J's help; no call-out needed.",
    "E-learning module {n} (safe entry to homes) must be done by Thursday {time}.",
    "Mr Price's NHS number is {n} on the MAR, please check it matches the blister pack.",
    "Lock box model {n} is discontinued so we're switching supplier.",
    "The gate was installed in {year} and the council won't replace it yet.",
    "Keys cut for £{n} at Timpsons, receipt in the envelope.",
    "We have {n} Supra key safes in stock, please take one for Mrs Ward's assessment.",
    "Booking reference {n} for the first aid course, bring your ID.",
    "Alarm company account number {n} - quote this if you ring them.",
    "Door {n} at the day centre is the fire exit, do not prop it open.",
    "Safeguarding referral {n} raised on Friday, key holder informed.",
    "Pharmacy order {n} for Mrs Bell will be left by the back door.",
    "The keypad batteries last about {n} openings, so change them each quarter.",
    "Rota v{n} is attached - door duties at the office start {time}.",
    "Your tax code ({n}L) is on the payslip; HMRC sets it, not us.",
    "Carer let herself in at {time} using the key safe as usual.",
    "Mrs H was born in {year}, she will tell you all about her gate at the farm.",
    "Gate closes at {time} on weekdays so use the side entrance after that.",
    "Our CQC provider ID is {n}, it goes at the top of every audit.",
    "Locksmith's callout charge is £{n} plus VAT.",
    "Please park at bay {n}, not in front of the garage door.",
    # Long: several sentences, several numbers.
    "Good morning all,\n\nTraining this month: moving and handling on the 14th, medication on the "
    "21st (course code {n}). Sessions start at {time}. The office door will be open from 8.",
    "Hi team, a reminder about office security. Last one out must check the back door is "
    "locked and the alarm is set. Alarm engineer visits on the 9th at {time}; his job "
    "number is {n}.",
    "Lost keys: Mr Shah's spare keys were found in the car park on Friday. They are labelled "
    "with tag {n} and are now in the office safe. Please sign the key log when collecting.",
    "New client from Monday: Mrs Okoye, 47 Hazel Grove. Four calls, start {time}. Key safe "
    "is being fitted by the council this week (work order {n}); until then, the daughter will let "
    "you in.",
    "Rota changes week {n}: Amy off sick, Dan covering her calls. Please don't swap shifts "
    "without telling the office. Payroll cut-off is at {time} on Thursday.",
    "Hiya, just got to the gate at Kings Park, it's gate {n} not the main one. Parking "
    "is £{n} for an hour which is daylight robbery",
    "FYI the new alarm pendants came in today - serial numbers start {n}. Fit them at the "
    "next visit and bring the old ones back. Do not give out the pendant numbers to anyone.",
    "Mr Jones was admitted at {time} to Ward {n}. The hospital said to use door B. Family "
    "have his keys, so no visits until discharge.",
    "Reminder: key safe audits. We have {n} key safes recorded across the service and "
    "about a dozen have no fitting date. If you know when it went in ({year}?), tell Sarah.",
    "Please note the office phone number is changing on the 1st. The new direct line "
    "ends {n}. The old number will divert for three months.",
    "Medication error on Saturday at {time}: Mrs P given 2 x {n} mcg instead of 1. GP "
    "informed, no harm. Reflective statement due by Friday.",
    "The council's key safe scheme has a waiting list of {n} people, so ask families to buy "
    "their own if they can (about £40). Approved models are on the list I sent in {year}.",
    "Door number is {n}, the house with the yellow door. If nobody answers, ring the office; "
    "do not try the neighbours.",
    "Hi all, the padlock for the bin store has been cut off by the council. Ref for the "
    "complaint is {n}. Bins are now left by the gate, no code needed.",
    "Please update your contact details by Friday: personal email, mobile, next of kin. "
    "The form is number {n} on the staff portal, login with your staff number.",
    "Handover: Mr L slept well, up at {time}, breakfast eaten. Doors locked, gate latched, "
    "keys back in the safe. Fluid chart total {n} ml since Sunday.",
    "Equipment: the keypad door entry in Block C is faulty. Housing repair ref {n}. Carers "
    "should buzz flat {n} and Mr Ellis will let them in until it's fixed.",
    "New WhatsApp rule: no photos of key safes, doors or house numbers in the group. "
    "Breaches will be logged as incident {n}.",
    "The training room is Room {n} on the 2nd floor. Sign in at reception; the door "
    "is unlocked from {time}.",
    "Ms Adeyemi's alarm was triggered {n} times last month according to Careline. We are "
    "reviewing her care plan on the {year} review cycle.",
    "Reminder: phone PINs must not be shared. If you forget yours, ring IT on {n} and they "
    "will reset it.",
    "Mileage: please put the start and end odometer readings (e.g. {n}) on the claim, not "
    "just the total.",
    "Lockbox for office car keys delivered today - invoice {n}, cost £{n}. Manager will set it "
    "up and tell the drivers in person.",
    "Gate at the back of the surgery is open {time}-1800, appointments on reception desk {n}.",
    "DBS certificate number {n} has expired - please renew before your next shift.",
    "Key safe fitting booked for Tuesday {time}, the fitter's reference is {n}. The family will "
    "give us the combination by phone, not email.",
    "Door sensor battery model {n}, pack of 4 in the cupboard.",
    "Flat {n} is on the left as you come out of the lift; Mrs T's door has a wreath on it.",
]
