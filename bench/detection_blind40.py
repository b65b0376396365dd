"""BLIND-40: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b40 on 2026-12-05 at about 02:17 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Mixed voices from one home-care agency's shared inbox over a fortnight: carers' texts forwarded
by the office, relatives' emails, a district nurse's notes, the out-of-hours log, run sheets,
new-client forms and the office's replies, all about getting into a client's home or building.
The device is named in the ordinary ways (key safe, keysafe, KS, lockbox, door entry, gate,
alarm, padlock) and in less usual ones (key vault, Supra box, digilock, "the grey box by the
meter cupboard", bin store gate, entry panel, combi on the key holder). Roughly 40 % very short
(a text, a subject line, a cell note), 30 % one or two sentences, 30 % long messages carrying
times, phone numbers, house and flat numbers, dates and references around the code or number.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on f6e592c (2026-12-05 02:21 UTC, `bench/bench_detection.py --parts blind40`, seed 10,
scale 1): recall 92.75%, precision 98.67%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND40_POSITIVE = [
    # very short
    "KS {code}",
    "Keysafe {code} – Mrs Okafor",
    "new key safe code {code}",
    "Door entry: {code}",
    "gate {code}",
    "Re: Alder Court – communal door code is {code}",
    "alarm unset {code}",
    "Lockbox now {code}, changed by son",
    "padlock on side gate {code}",
    "key box combo {code} x",
    "Keypad back door {code}",
    "OOH – carer let in via key safe, code {code}",
    "Subject: Mr Pryce key safe {code}",
    "the grey box by the meter cupboard is {code}",
    "Entry panel at Ivy House takes {code} then the bell",
    "Brambles: key vault {code}",
    "Alarm code {code}, press OFF after",
    "code for the little box on the wall is {code}",
    "Garage digilock {code}",
    "Trades button's gone, use {code} on the main door",
    "Supra box {code}",
    "Combi on the key holder: {code}",
    "bin store gate {code} – it's the carers' way in",
    "Safe in the hall cupboard (spare keys inside): {code}",
    "main entrance {code} then lift to 3",
    "Nurse note: access via KS, {code}",
    "keysafe by the back step, {code}",
    "Pls update file – door keypad {code}",
    # one or two sentences
    "Hi, Mum's key safe has been reset after the break-in scare, it's now {code}. Could you let the girls know?",
    "Forwarded from Jade: got in fine, the key safe code for Mr Haddad is {code}, not what's on the sheet.",
    "The block's front door code changed on Monday to {code}. Press the key symbol after the last number.",
    "Dad has had an alarm fitted. To switch it off when you arrive, key {code} on the panel in the porch.",
    "DN visit: patient unable to answer door. Key safe to left of porch, combination {code}.",
    "Just so you have it, the side gate has a combination padlock, {code}, because the front path is icy.",
    "Office reply: thanks Sharon, I've put the new lock box code ({code}) on Mrs Ellery's care plan.",
    "The lockbox is behind the blue pot, set it to {code} and pull the lever down.",
    "For the carers: the community alarm key safe (the one the ambulance service fitted) opens with {code}.",
    "Re: access – the communal entrance now wants {code} followed by the bell, the old fob no longer works.",
    "Key safe on the garage wall, {code}. Please scramble the dials after.",
    "Mr Tennant's daughter says the keysafe is set to {code} and asks that nobody gives it to the window cleaner.",
    "OOH log: on-call rang Mrs Patel's son, who confirmed the gate keypad is {code}. Carer got in 21:55.",
    "The electronic keypad on the back door beeps twice, then enter {code} and push hard.",
    "We've swapped Mum's keysafe for a police-approved one, code {code}, same place by the drainpipe.",
    "Could you amend the access notes for 7 Fairfield Road: key box code {code}, box is under the porch light.",
    "The security door downstairs: {code} and then wait for the click, it's slow.",
    "Carer text fwd: 'key safe jammed at 4, got it open on the third go with {code}, needs WD40'",
    "Mr Ahmed's new door entry code is {code} – he asked me to pass it to whoever does teatimes.",
    "Please note the alarm code for Rose Cottage is {code}; the panel is inside the understairs cupboard.",
    "The pedestrian gate at Millbrook Court opens on {code}, the car gate is for residents only.",
    # long, with other numbers around
    "Hi all,\n\nFrom Monday 14th Mrs Dunmore (flat 22, Lansdowne House) is on 4 calls a day: 08:00, 12:30, "
    "17:00 and 20:30. The main door code is {code}, and her flat key is in a key safe on the landing with "
    "the same number. Her GP is on 0161 496 0732 if needed.\n\nThanks, Leanne",
    "Handover 03/11\nClient: Mr G. Whitlock, 41 Station Road\nCalls: 07:45 / 13:00 / 18:15\n"
    "Access: key safe left of front door, {code}\nNOK: daughter Claire 07700 900417\n"
    "Notes: hard of hearing, knock loudly before going in.",
    "Dear team, I'm Mum's neighbour at number 16. She's been having trouble with her hearing aids, so "
    "please don't wait for her to answer. The key safe by her door is {code}. I'm home most days after "
    "3pm if you need me, my mobile is 07700 900882.",
    "OOH LOG 06/12 23:40 – Carer Priya couldn't get into 9 Willow Close. Rang NOK on 07700 900551, who "
    "gave the keysafe combination as {code}. In at 23:58, client fine, back in bed by 00:20.",
    "District nurse notes – wk 48\nMrs O'Neill, 3 Heath View. Dressing change Mon/Wed/Fri ~10:00. "
    "Key safe on wall by bins, {code}. Leg ulcer 4cm x 2cm, improving. Next review 12/12. "
    "DN tel 0113 496 0519.",
    "Hello,\nJust to confirm the arrangements for Dad while we're away 20–27 Aug. The carers will need to "
    "let themselves in: the code for the key box is {code}. Bins go out Thursday, his tablets are in the "
    "dosette box (Mon–Sun, 4 slots). Any problems call me on 07700 900263.\nKind regards, Martin",
    "Rota change wk 49: Tues 10th Hayley covering run 3 (6 calls, 07:30–11:15). First call 12 Cedar Grove, "
    "alarm panel inside the front door, disarm with {code} within 30 seconds or it rings the son.",
    "Sheltered housing, Beech Court: flat 5 is on the 2nd floor. Door entry from the car park side is "
    "{code}. Warden's office is flat 1, open 9-5, tel 01632 960441. Lift is out until the 18th so use "
    "the stairs.",
    "Forwarded message from Tom (carer):\n> Got to 27 Mill Lane at 18:40, new key safe fitted, old code "
    "didn't work.\n> Rang office, Jo gave me {code}, worked first time.\n> Client had tea, meds given "
    "18:55. Left 19:20.",
    "Office reply 11:42\nHi Karen, thanks for letting us know. I've updated the record for your father "
    "(client no. 3187) so the carers will use the new lock box code {code} from tonight's 21:00 call. "
    "The old one has been taken off the run sheet.",
    "Hi, it's Anne from no. 8. The workmen changed the gate to a keypad yesterday, the number to get "
    "through is {code}. Mum's front door is still the key safe as before. Please ring me on "
    "07700 900190 if the carers get stuck, I'm in until 6.",
    "NEW CLIENT – start Fri 5th\nName: Mrs E. Baptiste\nAddress: Flat 14, Orchard Mews, 2 Kings Rd\n"
    "Calls: 4 x 30 min\nAccess: communal door {code}, then key safe on flat door (number to follow "
    "from family)\nAllergies: penicillin",
    "OOH 19/11 02:35. Pendant alarm activation, client on floor. Control rang us at 02:37. Carer (Mo) "
    "attended 02:58 using keysafe {code}, ambulance arrived 03:40, no injuries, client back to bed 04:10.",
    "Dear Sirs,\nFurther to my call this morning, my brother-in-law's flat at 33 Parkside has a coded "
    "lock on the inner door as well as the building entry. Both are set to {code} as he cannot remember "
    "two numbers. The carer should arrive between 9.00 and 9.30.\nYours faithfully, R. Okonkwo",
    "Thurs run sheet (Ella)\n07:30 Mr Bell, 5 Long Row – family let in\n08:15 Mrs Grey, 19 Hill St – "
    "key safe {code}\n09:00 Mr Shah, 2 Oak Flats – lives with wife\n09:45 Miss Dean – warden has key",
    "Hi guys, Mum has gone into respite (room 12 at Elmhurst) until the 30th, but the cleaner still "
    "needs to get in on Tuesday at 10. The lockbox is still {code} for now, we'll change it when she's "
    "home. Thanks, Julie, 07700 900738",
    "DN to office, 14:10: Visited 6 Brook Lane for catheter change. The key safe has been moved to the "
    "back door since the porch was rebuilt; code is {code}. Please pass on to evening carers. Next DN "
    "visit 17th, 11:00-12:00.",
    "Rota note for weekend 7/8 Dec: Mr Lowe (44 Thornbury Ave) has a gate with a combination lock on "
    "the bolt, {code}, and 2 dogs who are fine. Park on the road, not the drive. Calls at 08:00, 13:00, "
    "19:30.",
    "Subject: Access for Sat\n\nHi, the padlock on the shed (where Mum's spare front door key lives) is "
    "{code}. The shed's at the end of the garden past the greenhouse. Carers start 8am Saturday, I'll be "
    "on 07700 900316 all weekend.",
    "Out of hours summary 28/11 – 3 calls.\n1) 18:20 Mrs Fox, carer late, covered.\n2) 21:05 Mr Ince, "
    "can't find key safe; it's on the side wall, {code}.\n3) 23:50 Mrs Bright, pendant pressed in error.",
    "Hi Jo, Mum's new flat at Riverside (block C, 4th floor, no. 47) – the door entry panel at the front "
    "wants {code} and then the green key. Her own door has a key safe to the right, I'll text that one "
    "separately. Her first call is 08:30 tomorrow.",
    "Just had a call from Mr Evans (07700 900655). He had a new alarm fitted by the council on the 2nd "
    "and wants carers to set it when they leave at night: {code} then SET. The panel's in the kitchen "
    "behind the door.",
]

BLIND40_TABLES = [
    (["Client", "Address", "Key safe"], ["Mrs D Ward", "17 Elm Rd", "{code}"]),
    (["Service User", "Postcode", "Access Info", "Call Times"],
     ["Mr K Osei", "LS6 2QT", "KS by back door {code}", "08:00, 12:30, 17:00"]),
    (["Name", "Door entry", "Flat"], ["Joan Hughes", "{code}", "22"]),
    (["Client ID", "Surname", "Keysafe Code", "Location"], ["3307", "Baxter", "{code}", "left of porch"]),
    (["Date", "Time", "Carer", "Notes"], ["03/12", "21:40", "Sam", "got in w/ lockbox {code}"]),
    (["Run", "Visit", "Address", "Entry"], ["Run 4", "07:45", "9 Birch Close", "gate keypad {code}"]),
    (["Property", "Alarm code", "Keyholder"], ["Rose Cottage", "{code}", "son, 07700 900118"]),
    (["Client", "KS", "Comments"], ["Mr Pratt", "{code}", "stiff, jiggle it"]),
    (["Surname", "First name", "Access method", "Code"], ["Lomax", "Edith", "Communal door", "{code}"]),
    (["Client", "Padlock (side gate)", "Dog?"], ["Mrs Noor", "{code}", "yes"]),
    (["NAME", "ADDR", "ENTRY", "NOK TEL"], ["B. HALL", "FLAT 3, 12 MARKET ST", "{code}", "07700 900904"]),
    (["Resident", "Block", "Fob / code", "Warden"], ["Mr Singh", "B", "{code}", "ext 21"]),
    (["Visit date", "DN", "Access", "Wound"], ["12/12", "S. Reid", "key vault {code}", "L heel, grade 2"]),
]

BLIND40_TRAPS = [
    # very short
    "Key safe ordered, order no. {n}",
    "KS fitted {year}? family not sure",
    "Door entry broken, engineer coming at {time}",
    "Gate repair invoice {n} attached",
    "Communal door fault ref {n}",
    "alarm went off at {time}, false alarm",
    "Key safe fitting job no. {n}",
    "padlock on side gate rusted, needs WD40",
    "keypad batteries done, ticket {n}",
    "Mrs Okafor's key safe is round the back, house no. 14",
    "Keysafe code unchanged – see care plan",
    "Alarm company: ring ext {n}",
    "gate code not known – ask daughter",
    "Subject: Key safe invoice {n}",
    "Door entry handset part no. DE-{n}",
    "Alarm reset requested, ref {n}",
    "New key safe arrived, still boxed, order {n}",
    "Meds at {time}, key safe as usual",
    "Born {year}, lives alone, key safe by door",
    "Bungalow built {year}, no keypad",
    "Odometer at start of run: {n}",
    "Parking permit {n} for the Beech Court car park",
    "Key safe code – please ring office, not by email",
    "KS stuck again, job {n} closed too early",
    "OOH {time}: carer couldn't find the key safe, it was behind the bins",
    "Keypad on the gate is a Yale, model {n}",
    "Nurse: access fine, next visit {time} Tues",
    "Shopping: card ending {n}, receipts in the tin",
    "Case no. {n} – key holder change",
    "intercom ext {n} rings the warden",
    "Door entry panel ID {n} is on the label if you report it",
    "Alarm monitoring account {n}",
    "Take the number 42 bus, key safe is left of the door",
    # one or two sentences
    "The key safe at 9 Willow Close was fitted by the council in {year}, so it may be worth asking them for a replacement.",
    "Mrs Dunmore's key safe is stiff again. I've logged it with the handyman service, job number {n}.",
    "Please don't put the door code in emails. The new one has been given to the carers by phone, ref {n} on the system.",
    "The communal door at Lansdowne House will be propped open from {time} tomorrow while they fix the entry system.",
    "Carer text fwd: 'at the gate, no answer, waiting till {time} then ringing office'",
    "Dad's SIM PIN is {n} if his mobile locks itself again – nothing to do with the door, the key safe is as before.",
    "The lockbox we ordered (item {n}) comes with a bracket; can the handyman fit it Friday?",
    "Invoice {n} for the replacement gate keypad is attached, please forward to the family for payment.",
    "DN: patient's key safe is in the porch. Please phone the district nursing team on extension {n} if access fails.",
    "Mr Haddad's keysafe came through the Age UK scheme, voucher {n}.",
    "Could you log that the alarm panel was beeping at {time}? Low battery, not an intruder.",
    "Re: access – Mum's council tax reference is {n}, the council want it before they'll fix the door entry.",
    "The side gate padlock was replaced; the old one is in the office drawer, tag {n}.",
    "The keypad on the staff entrance at our office is being replaced, order PO-{n}.",
    "Mr Tennant's daughter asks that nobody rings the doorbell after {time}; use the key safe quietly.",
    "The security door downstairs was put in around {year} and still has the original handset.",
    "Mrs Patel's NHS number ends {n}; her key safe details are on the care plan, not here.",
    "Tom's mileage claim for the key safe runs: {n} miles since April.",
    "Alarm monitoring: the contract number is {n} and renewal is due in {year}.",
    "Key box still has the old key inside; new key cut, receipt {n}.",
    "The door entry system at Riverside is a Videx {n}, and the warden says it's due an upgrade.",
    "Office reply: thanks, I've noted the key safe location (left of porch). Your reference for this change is {n}.",
    "The gate's dropped on its hinges since {year}, she says, so lift it as you push.",
    "Mr Ahmed asked whether staff can use his bank card for shopping – no, see policy {n}, section 4.",
    "Jess can't do the {time} call to Mrs Lomax (key safe on the porch) – her lad has his Key Stage 2 assembly. Swap with Priya?",
    # long, with other numbers around
    "Hi all,\n\nFrom Monday Mrs Dunmore (flat 22) moves to 3 calls: 08:00, 13:00 and 19:30. The key safe "
    "and the main door are unchanged. Her new GP surgery is on 0161 496 0732, ext {n}.\n\nThanks, Leanne",
    "Handover 03/11\nClient: Mr G. Whitlock, 41 Station Road\nCalls: 07:45 / {time} / 18:15\n"
    "Access: key safe left of front door (number on the app, not here)\nNOK: daughter Claire 07700 900417\n"
    "Client no. {n}",
    "OOH LOG 06/12 {time} – Carer couldn't get into 9 Willow Close, the key safe was frozen. Rang NOK on "
    "07700 900551 who came round with a spare. In at 23:58. Incident no. {n}.",
    "District nurse notes\nMrs O'Neill, 3 Heath View. Key safe on wall by bins. Dressing change "
    "Mon/Wed/Fri ~10:00. Dressing product code {n}, order via pharmacy. Next review 12/12. "
    "DN tel 0113 496 0519.",
    "Hello,\nWe're away 20–27 Aug. Carers can use the key box as normal. Bins go out Thursday, his tablets "
    "are in the dosette box. Our hotel booking ref is {n} if anything happens; my mobile is 07700 900263.\n"
    "Kind regards, Martin",
    "Rota change wk 49: Tues 10th Hayley covering run 3 (6 calls, starting {time}). First call 12 Cedar "
    "Grove, the alarm is off during the day so no need to touch the panel. Run 3 mileage goes under cost "
    "centre {n}.",
    "Sheltered housing, Beech Court: flat 5 is on the 2nd floor. Warden's office tel 01632 960441, "
    "ext {n}. Door entry is through the warden between 9 and 5; after {time} ring the bell for flat 5 "
    "and she'll buzz you in.",
    "Forwarded message from Tom (carer):\n> Got to 27 Mill Lane at 18:40, new key safe fitted, couldn't "
    "open it.\n> Rang office, Jo said the family would ring me direct.\n> Got in at {time}. Meds given. "
    "Left 19:20. Visit ID {n}.",
    "Office reply\nHi Karen, thanks for letting us know. I've updated the record for your father "
    "(client no. {n}) and taken the old key safe number off the run sheet. The new one will be given to "
    "carers by phone at the start of the {time} shift.",
    "NEW CLIENT – start Fri 5th\nName: Mrs E. Baptiste\nAddress: Flat 14, Orchard Mews, 2 Kings Rd\n"
    "Calls: 4 x 30 min from {time}\nAccess: communal door and key safe – family to give numbers in person\n"
    "Referral no. {n}\nAllergies: penicillin",
    "OOH 19/11 02:35. Pendant alarm activation, client on floor. Control rang us at 02:37, their incident "
    "ref {n}. Carer attended 02:58 via key safe, ambulance arrived 03:40, no injuries.",
    "Dear Sirs,\nMy brother-in-law's flat at 33 Parkside has a coded lock on the inner door as well as "
    "the building entry. He would rather tell the carer the numbers himself. He was born in {year} and is "
    "very independent. The carer should arrive between 9.00 and 9.30.\nYours faithfully, R. Okonkwo",
    "Thurs run sheet (Ella)\n{time} Mr Bell, 5 Long Row – family let in\n08:15 Mrs Grey, 19 Hill St – "
    "key safe (see app)\n09:00 Mr Shah, 2 Oak Flats – lives with wife\n09:45 Miss Dean – warden has key, "
    "warden ext {n}",
    "Hi guys, Mum has gone into respite at Elmhurst until the 30th, so please no visits; the lockbox is "
    "empty for now. Her room there is on the first floor and the home's reference for her stay is {n}. "
    "Thanks, Julie, 07700 900738",
    "DN to office, 14:10: Visited 6 Brook Lane. The key safe has been moved to the back door since the "
    "porch was rebuilt in {year}. Please pass the location on to evening carers. Next DN visit 17th, "
    "11:00-12:00. Catheter batch {n}.",
    "Rota note for weekend 7/8 Dec: Mr Lowe (44 Thornbury Ave) has a gate with a plain bolt, no lock, and "
    "2 dogs who are fine. Park on the road, not the drive. Calls at 08:00, 13:00 and {time}. It's about "
    "6 miles from the office, expense code {n}.",
    "Subject: Access for Sat\n\nHi, Mum's spare front door key is with the neighbour at no. 8, not in the "
    "shed. Carers start 8am Saturday, I'll be on 07700 900316 all weekend, or at work on 0113 496 0000 "
    "ext {n}.",
    "Out of hours summary 28/11 – 3 calls.\n1) 18:20 Mrs Fox, carer late, covered.\n2) {time} Mr Ince, "
    "can't find key safe; it's on the side wall, behind the ivy.\n3) 23:50 Mrs Bright, pendant pressed "
    "in error. Log ref {n}.",
    "Hi Jo, Mum's new flat at Riverside (block C, 4th floor). Door entry is by the warden until the fobs "
    "arrive, fob order {n}. Her own door has a key safe to the right; I'll ring with the number. First "
    "call 08:30 tomorrow.",
    "Just had a call from Mr Evans (07700 900655). The council fitted a new alarm on the 2nd; he'll set it "
    "himself and carers are not to touch the panel. Council job ref {n}, engineer due back at {time} "
    "Friday.",
    "Alarm engineer's report: panel model {n}, installed {year}, battery replaced, no faults found. "
    "Client's keyholder list updated with the agency's office number.",
    "Dear Office, my mum's front door was forced by the fire service on the 3rd (incident {n}). The new "
    "lock has a keypad but we haven't set it up yet, so please keep using the key safe until I confirm. "
    "I'll be over on Saturday about 11.",
    "Weekly mileage sheet, Priya\nOdometer Mon {time}: {n}\nRun 2, 14 calls, 3 key safes, 1 door entry, "
    "1 gate\nFuel receipt attached.",
    "Care plan review booked for {time} on the 9th at 10 Cherry Walk. The key safe there is due for "
    "replacement in {year} under the council scheme. Reviewer: Sue, mob 07700 900711.",
    "Measure for the new ramp at the back door: {n}mm long, 900mm wide. The key safe will have to move "
    "to the side wall when it goes in, OT visit Tuesday 14:00.",
]
