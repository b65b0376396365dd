"""BLIND-12: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b12 on 2026-12-04 at about 23:05 UTC, in the voice of a night-shift senior
carer (handovers and incident notes at 3 am) and of a recruitment/compliance officer (emails about
staff, training and office matters that mention doors, gates, alarms and safes). The author had
not read the recognizers, the vocabulary, the scan code, nor any earlier blind part. Committed
before its first run.

Slots: positives and tables {code} (exactly one access code each); traps {n} (a number
1000-99999), {year} (1950-2029), {time} (e.g. 0830). Positives also use {time} and {n} for
numbers that are not codes.

First run on 7d95b50 (2026-12-04 23:05 UTC, `bench/bench_detection.py --parts blind12`, seed 10,
scale 1): BLIND-12 recall 90.75 %, precision 91.67 % (37 of 400 positives missed, 33 of 400 traps
fired), before the rules written that evening were merged. No label was changed after it. Which
cases were missed is kept out of this repository.
"""

BLIND12_POSITIVE = [
    # very short
    "ks {code}",
    "Keysafe - {code}",
    "door {code} pls",
    "code for no.14 is {code}",
    "Gate: {code}#",
    "{code} key safe by meter box",
    "alarm {code} then OFF",
    "Lockbox {code}",
    "padlock on side gate {code}",
    "Communal door {code}",
    "new KS code {code}",
    "{code} = front door",
    "Keypad {code} then press enter",
    "keysfae {code}",
    "k.safe {code} (changed)",
    "bin store gate {code}",
    "Entry {code} / flat 6",
    "Alarm unset: {code}",
    "combi {code}",
    "ks changed to {code} today",
    "Main door of block {code} then buzz 12",
    "Code to get in: {code}",
    "Key box left of porch {code}",
    "Clave de la caja de llaves: {code}",
    "Kod do sejfu na klucze: {code}",
    "Codul de la cutia cu chei: {code}",
    "Shed padlock {code}, walker kept in there",
    "Scheme front door {code}*",
    "note to self - Mrs Finch KS {code}, back of garage",
    # one or two sentences
    "Hi all, Mr Okafor's key safe has been changed by his son, the new code is {code}.",
    "Please note the gate code for Willow Court is now {code} - old one no longer works.",
    "Can someone let the agency nurse know the door code is {code} before her {time} call?",
    "Key safe is on the wall behind the wheelie bin, code {code}, please scramble after use.",
    "For anyone on the double-up at Mrs Price's tonight: alarm panel in hall, {code} to disarm.",
    "Lockbox at the annexe door: {code}. Key for the back door is the blue one.",
    "FYI Elm House have put a keypad on the side entrance, staff use {code}.",
    "The combination for the medication lockbox in the kitchen is {code}, do not write it on MAR.",
    "Sorry to text so late, couldn't get in at 2, KS is actually {code} not what's on the rota.",
    "Son says use {code} on the key safe, he'll change it next week once the new carers start.",
    "New starter shadowing Beth tomorrow - she will need the office door code ({code}) for keys.",
    "Office alarm: set on the way out, code {code}, then you have 30 seconds to shut the door.",
    "Door entry for block B is {code} then the bell icon, flat is on the 3rd floor.",
    "Grandson fitted a Supra key safe yesterday, he's texted the code over: {code}.",
    "Hospital discharge pack says the property has a key safe - code given as {code}.",
    "Please DON'T ring the bell after 9pm, let yourselves in with the key safe ({code}).",
    "Cyfrinair y blwch allweddi yw {code}, diolch.",
    "Codice della cassetta chiavi: {code}, è dietro il vaso.",
    "Tonight's run sheet: 22:00 Mrs Laing, keysafe {code}; 22:30 Mr Doyle, family let in.",
    "Re the compliance visit on Monday - the inspector will need the front gate code, it's {code}.",
    # long, several sentences and numbers
    "Handover 03:10. Mr Hussain was found on the floor at {time}, no injuries, obs fine. "
    "Paramedics attended, ref {n}. Key safe code ({code}) was given to the crew over the phone "
    "so they could get in - please ask family to change it tomorrow.",
    "Incident note: arrived at 02:40, key safe would not open with the code on the care plan. "
    "Rang on-call, who confirmed it was changed last week to {code}. Got in at 02:55. "
    "Care plan page 4 needs updating.",
    "Hi Sarah,\nPlease can you add this to the client file for Mrs Green (DOB on file):\n"
    "Key safe: {code}\nLocation: left of front door, under the hanging basket.\n"
    "Pendant alarm number is on the fridge. Thanks, Kerry",
    "Hello team,\nThe scheme manager at Oak Lodge has reset the communal door after the break-in. "
    "New code is {code} from tonight. Flats 1-12 are on the ground floor. Please do not share "
    "with anyone outside the rota.",
    "Rota week 49 - Saturday nights:\n23:00 Mrs Ali (KS {code})\n23:45 Mr Byrne (son lets in)\n"
    "01:30 Mrs Carter (waking night, staff on site)",
    "Just to update re the double call at 3am - the PIR alarm went off when we came in. "
    "Disarm code turned out to be {code}, not the one on the key safe sheet. Mrs Shah was "
    "asleep throughout. Logged on the app at {time}.",
    "Dear all,\nAs part of the office move the back door keypad has changed. Staff code from "
    "Monday is {code}. Visitors must still sign in at reception. The old fob readers on "
    "the first floor will be removed in January.",
    "3am note: struggled with the gate, the code on the board is wrong. "
    "Correct gate code is {code} (neighbour at no.9 confirmed). Client settled, pad changed "
    "at 03:20, fluids 200ml.",
    "Mr Evans' daughter has asked us to stop using the key under the mat. She's fitted a key safe "
    "to the right of the door. Code: {code}. She wants a text each time we change it, "
    "phone number is in the file.",
    "Key safe {code}\nAlarm - none\nPets - 1 dog, keep in kitchen\nParking - road only\nNotes: "
    "lives alone, hard of hearing, knock loudly before going in",
    "Hi, on-call here. For the emergency cover at Birch Close tonight: main entrance door {code}, "
    "lift to 2nd floor, flat 21. Client is expecting you at about {time}.",
    "Reviewed the care plan with the family today. Access: key safe by the garage, code {code}. "
    "Family will visit Tuesdays and Fridays. Next review due in 6 weeks.",
    "Night log\n01:05 all quiet\n02:30 call bell, toileting\n03:15 agency carer arrived, let "
    "herself in via lockbox {code}\n04:00 obs done",
    "Ms Patel rang the office, she has changed her keysafe because her carer left. The new one "
    "is {code}. I have updated CM2000 but could you tell the night team as well please.",
    "Following the audit: the padlock on the medication cabinet in the staff room uses the "
    "combination {code}. Only seniors to have it. Please don't write it on the whiteboard.",
    "Hi Jo, training room is booked for the moving & handling refresher on the 12th. You'll need "
    "the side door code which is {code}, the main doors are locked at weekends.",
    "Ambulance were asking how to get in - I told them key safe {code} by the back door. "
    "They were there for 40 mins. Mrs Reid went to A&E at {time}.",
    "WhatsApp from Dan: 'cant get in at Mrs Ward, tried 3 times' - reply from on-call: "
    "'it's {code}, the 1 sticks, press hard'.",
    "Dobry wieczór, kod do drzwi na klatkę to {code}. Mieszkanie numer 4 na pierwszym piętrze.",
    "Please note for the weekend team - the garden gate at Mr Cole's has a padlock now, "
    "combination {code}. The key safe on the front is the same as before.",
    "Access details updated {time}: key safe code {code}. Reason for change: family request "
    "after a lost key. Approved by the registered manager.",
    "Keysafe code is {code} - Mrs Lowe's niece asked me to put it on the system as she's "
    "going away. Niece's number is on the contacts tab.",
    "hi hun sorry its late just so u know the code for the flats is {code} x see u at 7",
    "Care plan 2.3 Access: The client is unable to answer the door. Carers are to access the "
    "property using the key safe (code {code}) and return the key after each visit.",
]

BLIND12_TABLES = [
    (["Client", "Address", "Key safe"], ["Mrs A", "14 Elm Road", "{code}"]),
    (["Time", "Client", "Access"], ["22:00", "Mr B", "KS {code}"]),
    (["Name", "Door code", "Notes"], ["Oak Lodge", "{code}", "flat 3"]),
    (["Service user", "Keysafe", "Alarm"], ["J. Doyle", "{code}", "none"]),
    (["Property", "Gate", "Pets"], ["Birch Farm", "{code}", "2 dogs"]),
    (["Site", "Entry code"], ["Head office back door", "{code}"]),
    (["Client", "Access info"], ["Mr C", "lockbox by porch - {code}"]),
    (["Day", "Run", "Key safe code"], ["Sat", "Nights", "{code}"]),
    (["Location", "Padlock combination"], ["Garden shed", "{code}"]),
    (["Client ID", "Access", "Key location"], ["C-17", "{code}", "left of door"]),
    (["Flat", "Communal door", "Lift"], ["21", "{code}", "yes"]),
    (["Name", "Alarm code", "Key holder"], ["Mrs D", "{code}", "daughter"]),
    (["Client", "KS", "Changed"], ["Mrs E", "{code}", "yes, by son"]),
]

BLIND12_TRAPS = [
    # very short
    "Door {n} on the left",
    "Gate {n} departures",
    "Key safe order {n}",
    "Alarm pendant ID {n}",
    "Invoice {n} - key safes",
    "Room {n} by the fire door",
    "PO {n} for padlocks",
    "Ext {n} for the office",
    "Safe opened at {time}",
    "Alarm sounded {time}",
    "Dress code: smart casual",
    "Course code {n}",
    "Tax code {n}L",
    "Bed {n} near the door",
    "Locker {n} keys returned",
    "Staff no. {n}",
    "Mileage {n} miles",
    "Keypad model KP{n}",
    "Lock serial {n}",
    "Built {year}",
    "Ward {n} side door",
    "Ticket {n} closed",
    "DBS cert {n}",
    "Fire door check {time}",
    "Cheque {n} in the office safe",
    "Agenda item {n}: gate repairs",
    "Pin badge order {n}",
    "Clocked in {time}",
    "Bus {n} stops by the gate",
    "Supra key safe SKU {n}",
    "NMC pin {n}",
    "Door closer fitted {year}",
    # one or two sentences
    "Please go to Gate {n} at the General, the clinic is past the pharmacy.",
    "Key safe fitting booked for Thursday, order reference {n}, the fitter will ring first.",
    "The pendant alarm asset tag is {n}; please return it to Careline when the client moves.",
    "The office alarm was triggered at {time} by a spider on the sensor, engineer visit ref {n}.",
    "Mrs Kay lives at number {n} Station Road, the door with the ramp.",
    "Postcode for the new office is in the signature, unit {n}, the door faces the car park.",
    "Training code {n} is the Care Certificate module on infection control.",
    "Could you send me your sort code and account number for the mileage claim ({n} miles "
    "in November)?",
    "Safe staffing: {n} hours unfilled this week across the north patch.",
    "We bought {n} padlocks for the lockers last year, most are still in the box.",
    "The keypad batteries were replaced in {year}, they'll need doing again soon.",
    "Door-to-door time was {n} seconds according to the call monitoring report.",
    "Mr Bell's NHS number is on the MAR chart, room {n} is next to the lift.",
    "Insurance policy {n} covers loss of client keys up to the limit.",
    "The gate was left open at {time}, neighbour closed it, no harm done.",
    "Interview on Friday, candidate ID {n}, please meet her at the main door.",
    "Alarm company phone extension {n} for faults only.",
    "Her DBS update service number is {n}, checked and fine.",
    "The lock on the filing cabinet is broken; replacement part number {n} ordered.",
    "Please wear your ID badge at all times, dress code applies from {year} policy.",
    "Keys returned to the office safe at {time}, signed by two staff.",
    "Timesheet {n} shows the door-step time as 15 minutes short.",
    "The lockbox we recommend costs £{n} for a pack of ten, see catalogue page 40.",
    "Car park barrier ticket {n} - please claim it with your expenses.",
    "Emergency exit door alarms tested weekly, last test logged at {time}.",
    "The safeguarding course is booked, booking ref {n}, bring your own lunch.",
    "Fire alarm zone {n} covers the kitchen and the back door.",
    # long, several sentences and numbers
    "Handover 03:00. Mrs Lane's pendant alarm went off at {time}, she had pressed it by accident. "
    "Careline call ref {n}. No injury. Door locked behind me and key back in the safe.",
    "Incident: carer locked out at 02:15 because the key was not in the key safe. On-call rang "
    "the son, who came round with his key at {time}. Incident number {n} on the system.",
    "Hi all, the gate at the back of the office car park is broken again. Contractor job number "
    "{n}, expected repair by Friday. Please park on the road until then.",
    "Dear Amy,\nThanks for your application. Your interview is on Tuesday at {time} at our "
    "office, door number {n} on the business park. Please bring passport and proof of address.",
    "Compliance reminder: {n} staff have expired moving & handling training. The course code "
    "on the LMS is MH-{year}. Please book before the end of the month.",
    "Night log\n00:45 checked doors and windows\n02:10 call bell, repositioned\n03:30 gate "
    "banging in the wind, tied it shut\n{time} obs done, NEWS 1",
    "Key audit: {n} keys held in the office safe, 3 signed out. Key register "
    "updated {year}. Missing key for Mr Holt reported to the manager.",
    "The alarm engineer has quoted £{n} for the new panel. Model number on the quote is "
    "AX-{n}. Installation would be the week of the 14th.",
    "Please find attached the PO for the new key safes, PO number {n}, quantity 12, "
    "delivery to the main reception door.",
    "Mr Dean was admitted to Ward {n} at {time}. His front door was locked and the key "
    "returned to his daughter. Do not attend tomorrow's calls until we hear back.",
    "Re: payroll - your tax code changed in April, and the sort code on file ends in the "
    "same digits as before. Holiday pay is {n} hours carried over.",
    "The lock on the staff room door was changed in {year}. The locksmith's invoice "
    "{n} is in the finance folder. Spare keys are with the office manager.",
    "Welcome pack for new starters: induction starts {time} in room {n}, uniform size form, "
    "the dress code document and the lone working policy. Badges are issued on day one.",
    "Visit monitoring: carer arrived {time}, left 0915, {n} metres from the door when "
    "logging out. Please remind staff to log out at the property.",
    "Mrs Scott said someone tried her door handle last night. Police incident number {n}. "
    "She wants the security light checked. Nothing taken, door was locked.",
    "The door sensor battery (type CR{n}) needs replacing, the telecare team will call "
    "between 10 and 12. Alarm unit serial on the back is {n}.",
    "Supervision notes: discussed lateness ({n} minutes over the month), phone use at the "
    "door, and keeping the key safe scrambled. Next supervision {year}.",
    "Please remember the office is closed from {time} on the 24th. The alarm will be set by "
    "the manager. Out of hours number for on-call is on the intranet.",
    "Hi, the council have asked for our keyholding policy. We currently hold {n} sets of "
    "client keys; policy last reviewed {year}. Can you send the latest version?",
    "Maintenance request {n}: the fire door on the first floor doesn't close properly. "
    "Reported at {time}. Please don't prop it open in the meantime.",
    "Overnight: Mr Ali restless, gave PRN paracetamol 1g at {time} as per MAR. Sat with him "
    "by the patio door for a while. Settled by 0400.",
    "Expenses: parking at the hospital gate {n} pence, train fare, and the padlock for the "
    "uniform locker. Receipts scanned on {year} system.",
    "Recruitment update: {n} applications this month, 6 interviews booked. The applicant from "
    "the job fair at Gate {n} has withdrawn.",
    "The key safe at Mrs Hart's is loose on the wall. Screws need replacing, job ref {n}. "
    "Carers can still use it, just be careful when closing the lid.",
]
