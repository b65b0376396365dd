"""BLIND-26: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b26 on 2026-12-05 at about 01:01 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

The voices are those who go into homes in emergencies and on safety visits: a telecare
installer and monitoring-centre operator (job sheets, call logs, responder records), a
sheltered-housing scheme manager or warden (communal doors, bin stores, guest rooms, notices),
a fire-service Safe and Well visit officer (visit reports, referrals), paramedics' handovers
(ePCR summaries, crew notes on locking up) and a hospital discharge coordinator arranging the
first call at home. Roughly 40 % of the templates are very short (a chat line, a subject, a
cell note), 30 % one or two sentences, and 30 % long, with times, phone numbers, house and
flat numbers, dates and ward numbers around the code.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on ecf417e (2026-12-05 01:05 UTC, `bench/bench_detection.py --parts blind26`, seed 10,
scale 1): recall 96.50%, precision 97.97%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND26_POSITIVE = [
    # --- very short: chat lines, subjects, cell notes ---
    "KS {code}",
    "Key safe {code}, left of front door.",
    "Keysafe code: {code}",
    "Access via key safe, code {code}.",
    "Warden here - communal door is {code} after 10pm.",
    "Telecare install done. Key safe {code}.",
    "Re: first visit tomorrow - key safe code {code}",
    "Main entrance keypad: {code} then the key symbol.",
    "Pt's lock box {code}. Keys put back in it.",
    "Gate code {code}",
    "Alarm {code} - set it on the way out please",
    "Scheme door entry {code}",
    "Padlock on the side gate is {code}.",
    "KS code {code} (updated)",
    "Subject: Mr Okafor - key safe {code}",
    "C500 keysafe, combo {code}",
    "Bin store and side door are both {code}.",
    "Key safe by the meter box: {code}",
    "Code for the key box is {code}, keys on the blue fob.",
    "Rear door keypad: {code}",
    "New code on the scheme front door from Monday: {code}",
    "Keysafe {code} - pls scramble it after crew leave",
    "Lockbox combination: {code}",
    "Entry: key safe, {code}.",
    "Intruder alarm unset code {code}",
    "Guest room door at the scheme: {code}",
    "Garage padlock {code}, wheelchair is in there",
    "Key safe {code}, daughter aware.",
    "Access - KS right of porch, code {code}",
    # --- one or two sentences ---
    "Daughter has fitted a key safe ahead of discharge. Code is {code}, it's on the wall by the back door.",
    "Safe and Well visit booked for Thursday. Resident is bed-bound so please use the key safe, {code}, "
    "and shout hello as you go in.",
    "Crew attended, pt conveyed to A&E. Front door locked behind us and keys back in the key safe, code {code}.",
    "Hi both, the gate at the bottom of the drive is on a keypad now, {code}. The house is the one with the "
    "green door.",
    "Monitoring centre: nominated responder is the care agency. Key safe details held: code {code}, "
    "right-hand side of front door.",
    "Could you let the night carers know the communal entrance code has been changed to {code}? The old one "
    "stopped working yesterday.",
    "For the first call on Monday the key safe code is {code}. Mr Hughes can't get to the door so please let "
    "yourselves in.",
    "Installer note: keysafe fitted at shoulder height as requested, combination set to {code} and tested twice.",
    "The flat's own door has a push-button lock, {code}, so there is no key to collect.",
    "Handover from crew: nobody home to lock up after us so keys are in the key safe on the garage wall, {code}.",
    "Please don't write this on the rota sheet, but the alarm panel code is {code} if it goes off while you're there.",
    "Keys are in a Supra safe on the side wall, code {code}. Pendant and smoke alarm are both linked to the hub.",
    "Warden's office is unmanned at weekends. Carers can get in with a fob or the keypad on the main door ({code}).",
    "Hi, discharge coordinator at the Royal here. Family confirm the key safe code is {code} and the heating "
    "has been put on.",
    "The padlock on the back gate takes {code}. Front step is too steep for the frame so go round the back.",
    "OOH responders: keysafe code {code}, dog is shut in the kitchen.",
    "Scheme entrance is {code} on the keypad, then take the lift to the second floor.",
    "Just to confirm, the key safe at Mrs Patel's was reset after the break-in and is now {code}.",
    "We left the keys in the lock box (code {code}) by the side gate, as arranged with her son.",
    "Mum's key safe code is {code} - could you pass it to whoever does the first call?",
    "Door entry panel at the block: press the bell symbol, then {code}, then enter.",
    # --- long, with other numbers around the code ---
    "Hi team,\n\nMr Evans (DOB 14/03/1938) is being discharged from Ward 7 tomorrow, transport booked for "
    "about 2pm. First visit needs to be the tea call, around 5.30pm.\nKey safe is to the left of the front "
    "door at 22 Mill Lane, code {code}.\nWard phone is 01632 960 418 if anything changes.\n\nThanks, Sarah "
    "(Discharge Coordinator)",
    "Safe and Well visit - 9 Orchard Close, 10:15 on 12/06.\nTwo smoke alarms fitted (hall and landing), one "
    "heat alarm in the kitchen. Resident is hard of hearing so we've arranged a vibrating pad, to be fitted "
    "on 19/06.\nAccess for the return visit: key safe by the porch, {code}. Her niece is the main contact on "
    "07700 900 312.",
    "ePCR handover summary: 84F, fall at home approx 03:40, found by neighbour. Obs stable, BM 6.2, query "
    "#NOF. Conveyed to ED.\nProperty secured, keys returned to the key safe, code {code}. Neighbour at no. 14 "
    "has been informed.",
    "Telecare install complete at 3 Fernbank Court, Flat 6.\nKit: lifeline hub, 2 x pendant, smoke detector, "
    "bed sensor, falls detector.\nTest calls to the monitoring centre at 11:02 and 11:05, both received.\n"
    "Responder access: keysafe code {code}, keys on red tag.\nNext review due in 12 months. Any faults call "
    "the helpdesk on 0300 123 4567.",
    "Subject: Ground floor flat 2, Beech House - access\n\nHi,\nThe scheme's main door is on a keypad from "
    "8pm to 7am. Code for that is {code}. During the day the door is open and I'm on site 9 till 3.\nThe "
    "flat has its own key safe; the family will send that code separately.\nRegards, Jan - Scheme Manager",
    "Monitoring centre call log\n02:14 fall alert from pendant, no speech contact\n02:16 called next of kin, "
    "no answer (07700 900 551)\n02:19 ambulance requested\n02:21 crew advised: keysafe code {code}, front "
    "door, property is no. 41\n02:58 crew on scene",
    "Hi Paula,\nRe Mrs Doyle, 87, going home from Ward 12 on Friday 3rd. She'll need 4 calls a day, first one "
    "Friday lunch (12-1pm).\nHer son has put in a key safe: it's the black one under the kitchen window, code "
    "{code}.\nOT has left a commode and a perching stool. District nurses will visit on the Monday.\nMany thanks",
    "Fire service Safe and Well - referral follow-up\nAddress: 18 Kingsway, bungalow\nVisit date 04/11, "
    "14:00-15:00\nFindings: smoke alarm in hall not working, replaced. Electric blanket over 10 years old, "
    "advised replacement. Heavy clutter in back bedroom.\nKey safe code (for the care team, shared with "
    "consent): {code}\nFollow-up in 6 months.",
    "Sheltered housing - new resident in Flat 23 from 1st March.\nFor the care agency: the main entrance code "
    "is {code}, the bin store is on a key. Visitor parking is bays 1 to 4.\nResident's pull cords are linked "
    "to our warden call system, which goes to the out-of-hours centre after 5pm.",
    "Crew handover: 79M, SOB, sats 88% on air, improved to 94% on 2L. Lives alone, 2 carers QDS.\nWe couldn't "
    "reach the agency on 01632 960 777 so please tell them: he's in ED bay 9, property locked, key back in "
    "the key safe ({code}).",
    "Alarm install at 5 Rosedale: panel in the cupboard under the stairs, two PIRs and a door contact.\nUser "
    "code set to {code} at the customer's request; engineer code kept by us.\nCustomer shown how to set part "
    "mode for night. Warranty 24 months.",
    "Hello, this is the discharge hub. Mr Ali's discharge is confirmed for 4.30pm today, bed already delivered "
    "to 47B Station Road.\nAccess for carers: communal door {code}, then the flat is on the first floor, second "
    "door on the left. Key for the flat is in the key safe on the landing, same code.",
    "Re: key holder change\nFrom today the monitoring centre will no longer hold physical keys for 31 Hawthorn "
    "Road. Responders should use the key safe instead: code {code}. Please update your records and take the "
    "old key tag off the board.",
    "Safe and Well (telephone triage)\nCaller: daughter, on 07700 900 468\nConcerns: mum smokes in bed, uses "
    "an oxygen concentrator at 2L/min.\nVisit booked 22/09 at 10:30. Daughter won't be there and mum can't "
    "get to the door, so crew to use the key safe, {code}.",
    "Good morning,\nAfter yesterday's welfare check the front door was forced and has been boarded up. Until "
    "the locksmith comes on Tuesday 9th, please go in through the side gate - padlock {code} - and the back "
    "door, which the warden will unlock at 7.30 each morning.",
    "Care plan - access section\nProperty: 2-bed bungalow, 112 Church Street\nParking: driveway, room for 1 "
    "car\nAccess: key safe on right of door, code {code}\nPets: 1 cat\nRisks: trip hazard on front step, "
    "oxygen in use",
    "Hi, I've just done the 6-week review with Mr Burns. Pendant batteries replaced, falls detector now worn "
    "on the belt. He asked me to let the agency know the key safe code changed after his nephew moved out: "
    "new code {code}. The old one should be crossed out in the folder at the house.",
    "Subject: URGENT - first call tonight\nMrs Fox is home at 7pm by hospital transport from Ward 3B. Please "
    "get someone there by 8. Door has a Yale and a key safe, key safe code {code}. Her GP surgery is on "
    "01632 960 220.",
    "Responder instructions (monitoring centre record)\nKeyholder 1: son, 07700 900 184 (40 mins away)\n"
    "Keyholder 2: neighbour at no. 3\nKey safe: yes, {code}\nMedical: AF, on warfarin, T2 diabetes",
    "Evening all, the warden call system will be off from 10 until 12 on Wednesday for the upgrade. Residents "
    "have been told. If you're visiting anyone in Block B during that time, the stairwell door keypad is "
    "{code}; the lift is out of order till Friday.",
    "Fire crew attended 16 Lark Rise at 21:40 after a smoke alarm activation (burnt toast). Resident unhurt. "
    "We reset the detector and fitted a new battery. Crew got in using the key safe, {code}, and locked up "
    "afterwards.",
]

BLIND26_TABLES = [
    (["Client", "Address", "Key safe"], ["Mr D Evans", "22 Mill Lane", "{code}"]),
    (["Name", "Flat", "Entry code", "Pendant"], ["Mrs J Cole", "14", "{code}", "Yes"]),
    (["Resident", "Room", "KS code", "NOK"], ["Mr T Hale", "Guest suite", "{code}", "Daughter"]),
    (["Patient", "Ward", "Discharge date", "Access"], ["Mrs M Doyle", "Ward 12", "03/10", "Key safe {code}"]),
    (["Pt", "Address", "Access notes"], ["84F", "9 Orchard Close", "KS left of porch, {code}"]),
    (["Date", "Visit type", "Address", "Key safe"], ["04/11/2026", "Safe and Well", "18 Kingsway", "{code}"]),
    (["Block", "Door", "Keypad code", "Changed"], ["B", "Stairwell", "{code}", "01/03"]),
    (["Service user", "Responder", "Keyholder", "KeySafe"], ["Mr R Burns", "Agency", "Nephew", "{code}"]),
    (["Surname", "Forename", "Alarm code", "Keyholder"], ["Fox", "Edith", "{code}", "Son"]),
    (["Address", "Gate", "Front door", "Notes"], ["Holly Farm Cottage", "Padlock {code}", "Key safe, same code", "Dogs"]),
    (["Resident", "Flat", "Lock box", "Warden call"], ["Mr A Ali", "47B", "{code}", "Linked"]),
    (["Install date", "Equipment", "Key safe fitted", "Key safe code"], ["12/06/2026", "Hub + pendant + smoke", "Yes", "{code}"]),
    (["Name", "Address", "Access", "Phone"], ["Mrs Patel", "5 Rosedale", "Keysafe {code} (reset after break-in)", "01632 960 771"]),
]

BLIND26_TRAPS = [
    # --- very short ---
    "Key safe ordered, order no. {n}.",
    "Keysafe fitted at {time} today. Code given to NOK by phone only.",
    "Side gate broken - repair job {n} raised.",
    "Communal door fob not working, ticket {n}",
    "Alarm call at {time}, false activation.",
    "Pendant returned, asset tag {n}",
    "Key safe: none fitted.",
    "Lock box removed by family in {year}.",
    "Call Ward 7 on ext. {n} re access.",
    "Door entry handset is model {n}, wall mounted.",
    "KS code to follow by phone - please don't email it.",
    "Key safe invoice {n} attached, £49.99 inc VAT.",
    "Safe and Well ref {n}",
    "Scheme built in {year}, door entry replaced last spring.",
    "Arrived {time}, key safe empty - keys with neighbour.",
    "Crew on scene {time}. Front door open on arrival.",
    "Incident no. {n}, gate left unlocked overnight.",
    "Smoke alarm expires {year}, serial on the base.",
    "Keypad battery changed, job {n}.",
    "Mileage claim total {n} miles this year.",
    "Next visit {time} Tues. Use the key safe as before.",
    "Re: key safe invoice {n}",
    "Warden call unit ID {n} - no fault found.",
    "Door entry repair quote ref {n}.",
    "Falls detector back to stock, part no. {n}",
    "Key safe install booked for {time} on the 14th.",
    "Alarm went off at {time}; fire crew attended, no fire.",
    "Lift out of service (job {n}), use the stairs by the main door.",
    "Ext {n} is the warden's office line.",
    "Police-approved key safes only please (LPS 1175).",
    "Keys with the warden, office ext. {n}.",
    "Subject: padlock order {n}",
    "Gate code unchanged since {year}, don't ask me why.",
    # --- one or two sentences ---
    "The key safe at 3 Fernbank Court was fitted in {year} and the family say it's seized. I've raised repair "
    "job {n} with the council.",
    "Monitoring centre received a pendant alarm at {time}. Spoke to the resident through the speaker; she had "
    "pressed it by accident.",
    "The scheme's main door will release during the fire panel test from {time} on Wednesday and stay open for "
    "about 10 minutes.",
    "Discharge delayed: pharmacy still waiting on TTOs. New estimated time {time}, transport booking ref {n}.",
    "The front door code hasn't changed, so use the one already in the care plan. Don't send it by email please.",
    "Safe and Well visit completed, visit ref {n}. Two ten-year smoke alarms fitted, both expire {year}.",
    "Crew arrived {time}, neighbour let us in with her own key. There is no key safe at this property.",
    "Please charge the key safe supply and fit to cost code {n}; the family have already paid the deposit.",
    "Mr Ali's bank card PIN was written on a post-it by the phone. Removed it and told his son; incident form {n}.",
    "Telecare order {n}: 1 x key safe, 1 x lifeline, 2 x smoke detectors. Install date to be confirmed.",
    "The gate at the bottom of the drive sticks, you need to lift it. The house is number 2, the one with the ramp.",
    "Door entry panel fault logged with the contractor (ref {n}). Staff are letting visitors in until it's fixed.",
    "The alarm panel in the hallway has been beeping since {time}. Engineer says it's a low battery in the door "
    "contact.",
    "Flat 21's key safe has been taken off by the housing association. Keys are now held in the warden's office, "
    "open 9 to 5.",
    "The padlock on the shed was cut off by the fire crew; invoice {n} for a replacement will come from the council.",
    "The gate keypad went in around {year} and has never worked. Knock on the kitchen window and she'll wave "
    "you in.",
    "Call handlers: ring the warden on extension {n} before sending a responder, she holds a master key.",
    "Smoke alarm model {n} has been recalled, so we're swapping every unit in Block A the week of the 9th.",
    "Her grandson is in key stage 2 and lets himself in after school with his own key, so the door is often "
    "on the latch.",
    "His mobile PIN is {n}; he asked us to put it in the folder so carers can unlock the phone for him.",
    "The lease van is at {n} miles, so it goes in for a service before the next round of key safe installs.",
    "Key safe code will be phoned to the first carer from the ward at about {time}. Nothing in writing.",
    "Our door entry system is a Videx, model {n}. The handset in Flat 9 isn't working.",
    "It's number 4, not 40 - the satnav sends you to the wrong close. Gate is round the side.",
    "The combination padlock you ordered (order {n}) has come in; I'll bring it on Thursday and set it with "
    "the family.",
    # --- long, with several numbers ---
    "Hi team,\n\nMrs Knowles (DOB 02/07/1941) is now expected home from Ward 5 on Thursday, transport due at "
    "{time}. NHS transport ref {n}.\nThere is no key safe yet - her son is fitting one at the weekend and will "
    "ring the office with the code.\nUntil then he'll meet the carer at the door. Ward phone 01632 960 418.",
    "Safe and Well visit - 27 Meadow View, {time} on 14/05.\nThree smoke alarms fitted (hall, landing, "
    "lounge), all with ten-year batteries, expiry {year}.\nResident uses an electric heater near the curtains; "
    "advised to move it. Referral ref {n}.\nKey safe present but resident keeps the code to herself, which is "
    "fine.",
    "ePCR handover: 91M, unwitnessed fall approx {time}, long lie, CK to be checked. GCS 15. Conveyed to ED "
    "resus.\nNo key safe at the property; police attended and secured the door. Police log {n}.\nNext of kin "
    "(daughter) informed on 07700 900 631.",
    "Monitoring centre call log\n{time} smoke alarm activation at 12 Birch Way\n+2 min no answer on speech "
    "link, fire service requested\n+9 min crew on scene, burnt pan, no injuries\nCall ref {n}. Keyholder "
    "(neighbour at no. 10) let the crew in with her key.",
    "Warden rota w/c Monday\nMon-Wed: Jan, 9am-3pm, office ext. {n}\nThu-Fri: Dev, 9am-3pm\nOut of hours all "
    "pull-cord calls go to the monitoring centre.\nMain door stays on the fob system; the code is NOT changing "
    "this month.",
    "Job sheet {n}\nCustomer: Mr P Singh, 8 Linden Road\nInstalled: lifeline hub, pendant, 2 x smoke, 1 x CO "
    "detector\nTest call at {time}, received OK\nKey safe: customer declined, two keyholders listed instead.\n"
    "Next service due {year}.",
    "Hi,\nPlease find attached invoice {n} for the works at Elm Court.\nKey safe supply and fit x 3: £165.00\n"
    "Door entry handset replacement x 1: £89.50\nPadlock and hasp, bin store: £18.00\nPayment terms 30 days. "
    "Any queries call 01632 960 300.",
    "Scheme news\nFire drill Tuesday at {time} - the front doors will open on the alarm, that's normal.\nThe "
    "door entry system is being upgraded in {year}; new fobs for everyone, no more keypad.\nCoffee morning "
    "moves to the lounge in Block C.",
    "Discharge planning meeting {time}, Ward 9 side room\nPresent: ward sister, OT, discharge coordinator, "
    "son\nAgreed: package of care 3 calls/day starting Monday\nAccess: son to fit a key safe and phone the "
    "code to the agency; not to be written in the notes.\nReferral ref {n}.",
    "Crew note: called by telecare at {time}. 88F, pendant pressed, found on bathroom floor, no injuries, "
    "assisted up with the ELK.\nNot conveyed. GP to review tomorrow. Incident no. {n}.\nWarden let us in with "
    "the master key; front door locked and key returned to the warden's office.",
    "Subject: Key safe audit\nWe checked 40 key safes across the patch last month.\n6 were not closed "
    "properly, 3 had the code written on the wall next to them (now cleaned off), 1 was missing.\nFull audit "
    "ref {n} is on the shared drive. Next audit in {year}.",
    "Hello,\nMrs Green in Flat 32 has lost her fob again. A replacement has been ordered, order no. {n}, and "
    "should be here by Friday.\nUntil then please buzz the office on the door panel between 9 and 5, or call "
    "the out-of-hours line on 0300 123 4567.",
    "Safe and Well referral\nReferrer: hospital discharge team, ext. {n}\nReason: lives alone, smoker, "
    "oxygen at home, hoarding\nPreferred visit time: {time}\nAccess: family will be there to let us in; do "
    "not use the key safe.",
    "Handover to day shift: overnight 4 pendant calls, 1 fall (Flat 17, no injury, warden attended at "
    "{time}), 2 accidental, 1 smoke alarm test.\nDoor entry at Block A still faulty, contractor job {n}.\n"
    "Nothing else to report.",
    "Telecare review\nClient: Mrs E Marsh, age 93, bungalow 4\nEquipment installed {year}: hub, pendant, bed "
    "sensor\nBattery replaced on pendant, serial {n}\nKey safe: fitted, working, code checked with client "
    "(not recorded here)\nNext review 12 months.",
    "Hi, following our visit at {time} yesterday:\n- Smoke alarms: 2 fitted\n- Heat alarm: 1 fitted in "
    "kitchen\n- Fire-retardant bedding supplied\n- Visit ref {n}\nThe resident asked about a key safe for the "
    "carers; I've passed her details to the council's telecare team on 01632 960 555.",
    "Re: Mr Lowe, ward 11, bed 4\nPlanned discharge {time} tomorrow once the TTOs are done. He has a "
    "combination lock on his front door that he can't remember; his brother (07700 900 902) will meet the "
    "carer and reset it with him.\nTransport ref {n}.",
    "Fire service note: attended 5 Rowan Close at {time} after the telecare smoke detector raised an alarm. "
    "Gained entry by breaking the glass panel in the back door, as there was no keyholder or key safe. Board-up "
    "requested, job {n}.",
    "Responder record\nKeyholder 1: daughter, 07700 900 121\nKeyholder 2: none\nKey safe: no\nDoor: Yale, "
    "chain usually off\nMedical: COPD, home oxygen\nRecord updated {year}, ref {n}",
    "Hi all,\nThe new gate at the back of the scheme is on a trades button between 8 and 10 each morning, so "
    "carers can push it open.\nOutside those hours use the main entrance. Gate supplier's invoice is {n} if "
    "finance ask.",
    "Ambulance handover: 76F, chest pain onset {time}, ECG sent, aspirin given.\nBay 14 ED. Husband is "
    "travelling in by taxi.\nHouse left secure, husband has the keys. CAD no. {n}.",
    "Dear colleague,\nThank you for the referral (our ref {n}). We have booked the key safe installation for "
    "Monday at {time}. The engineer will agree a code with the client on the day and the client will share it "
    "with the agency directly.\nKind regards, Telecare Team",
    "Night log, sheltered scheme\n22:00 all doors checked, main door locked\n{time} Flat 8 pull-cord, "
    "resident wanted company, stayed 20 mins\n03:10 fire panel fault, cleared\nMaintenance job {n} raised "
    "for the panel.",
    "Subject: Key safe stolen\nMr Hart's key safe was prised off the wall last night. Police ref {n}. Keys "
    "are now with his neighbour at no. 6 until a new one is fitted on the 20th; the new code will be given "
    "by phone.",
    "Discharge checklist\n[x] TTOs\n[x] Transport booked for {time}\n[x] Package of care confirmed\n[ ] Key "
    "safe - family to confirm it's fitted\n[x] Telecare reconnected, call ref {n}",
]
