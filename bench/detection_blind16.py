"""BLIND-16: a blind part of the access-code detection corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b16 on 2026-12-04 at about 23:25 UTC. The author had not read the
recognizers, the vocabulary or the scan code under server/needtoknow/inspect/, nor any earlier
blind part, nor the tests of the recognizers; only the part table and generator functions of
bench/detection_corpus.py. Committed before its first run.

Voices: an out-of-hours on-call coordinator answering carers' calls and texts at night and
writing the morning summary email, and a reablement team lead writing discharge-to-assess notes.
Roughly 40 % very short, 30 % one or two sentences, 30 % long with several numbers.

Slots: positives and tables take {code}; traps take {n} (1000-99999), {year} (1950-2029) and
{time} (e.g. 0830). No trap holds a code for getting in; every positive does.

First run on 5d72be0 (2026-12-04 23:36 UTC, `bench/bench_detection.py --parts blind16`, seed 10,
scale 1): BLIND-16 recall 92.00 %, precision 87.20 % (32 of 400 positives missed, 54 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND16_POSITIVE = [
    # Very short: night texts and call notes.
    "ks {code}", "KS now {code}", "new ks {code}", "keysafe {code} pls", "box code {code}",
    "door {code}", "gate {code} then ks", "{code} ks", "{code} on the box", "alarm off {code}",
    "padlock {code}", "lockbox {code} x", "cmnl door {code}", "main door keypad {code}",
    "entry {code}#", "ks changed to {code}", "ks combo {code}", "Keysfae {code}",
    "code 4 ks {code}", "KS= {code}", "bike shed padlock {code}", "side gate {code}",
    "intercom {code} then bell", "Alarm: {code}", "KEY SAFE {code}", "try {code} on the ks",
    "ks {code} (was wrong on rota)", "garage keypad {code}",
    # One or two sentences.
    "Carer rang 22:40 couldn't get in - family changed the key safe, it's {code} now.",
    "Told Jo the keysafe is {code}, she's in now.",
    "For the 7am call: key safe by the back door, {code}, put keys back and scramble it.",
    "D2A start tomorrow. Key safe fitted on discharge, code {code}.",
    "Gate keypad is {code} - press the green button after.",
    "Communal entrance {code} then flat is on the 1st floor on the right.",
    "Daughter says use {code} for the key safe, the old one no longer works.",
    "If the alarm beeps when you go in, key in {code} on the panel in the hall.",
    "Night carer confirmed box opened with {code}, all fine.",
    "The key box on the shed has {code} on it now, not the old number.",
    "Please update the rota - KS for Mr P is {code}.",
    "Padlock on the side gate takes {code}, keysafe is round the back.",
    "Reablement visit 1: let yourself in, KS {code}, she may be asleep in the chair.",
    "Scheme door code is {code}; warden off after 5pm.",
    "Can you text the carers the new key safe no. {code} before the morning run",
    "keysafe {code} - left of door under the light",
    "Door entry - press {code} then the key symbol.",
    "Lock box combi is {code}, turn dials then pull down.",
    # Other languages staff use at work.
    "Cod cutie chei: {code}", "Kod do skrzynki na klucze: {code}",
    "Código de la caja de llaves {code}", "Seif chei {code}, lângă ușă",
    "Kod do furtki {code}", "Codigo da caixa das chaves: {code}",
    "Porch door keypad {code}, then inner door is unlocked.",
    # Long: morning summary, handovers, care plans, multi-line notes.
    "Morning summary 04/12: 3 calls overnight. 23:10 carer locked out at Mrs D's, "
    "new key safe code is {code} (son changed it Sunday). 02:15 pendant false alarm, "
    "no action. 05:40 rota query, sorted.",
    "OOH handover\nMr K - keysafe not opening with the number on the plan. Spoke to "
    "daughter at 21:30, correct code {code}. Please amend care plan and Access Planning.",
    "Discharge to assess - Mrs L, 84, from Ward 12. Lives alone, ground floor flat. "
    "Access: key safe to right of front door, {code}. Twice daily calls for 2 weeks, "
    "reassess day 10.",
    "ACCESS\nKey safe: yes\nLocation: garage wall\nCode:\n{code}\nAlarm: no",
    "Hi all, just to let you know the key safe at 14 Elm has been reset. New number {code}. "
    "Please don't write it on the timesheets. Thanks, on-call",
    "Night log: carer could not open the gate, it's a new keypad fitted yesterday. "
    "Landlord gave {code} over the phone at 00:20. Carer in at 00:35, client fine.",
    "Reablement plan wk 1: OT assessed stairs, rail fitted. Entry via keysafe {code} "
    "(front porch). Family visit evenings. Goal: wash and dress independently by wk 3.",
    "To whoever's on tomorrow - Mrs H's daughter has put a padlock on the back gate, "
    "number {code}, use that then the key safe as usual. She's also asked us to ring ahead.",
    "Summary for the office:\n- 21:05 sickness cover found for Rd 4\n- 23:50 KS at Mr B's "
    "jammed, carer got in with {code} after WD40\n- 03:00 no calls",
    "New package from tomorrow, Mr S, 4 calls a day, 2 carers at lunch. "
    "Key safe is {code}, he's deaf so don't bother knocking, just go in and call out.",
    "Access info for D2A client: block has an entry panel, code {code} then the lift to "
    "floor 3, flat door is on the latch in the day.",
    "Alarm code for Mrs T's house is {code}, set it again when leaving the evening call "
    "(she's in respite so the house is empty).",
    "Texted by carer 01:12: 'box wont open tried twice' - rang son, he said it was {code}, "
    "carer confirmed open 01:20.",
    "Please see below the access for the new hospital discharge\nName: Mr W\n"
    "Key safe {code}\nParking: on the road, no permit needed",
    "When you go to Mrs N's, the gate code is {code} and then there's a buzzer for flat 6, "
    "but she can't get up so use the key safe by the bins, same number.",
    "on call notes 2/12 - G rang re mr F key safe. old number not working, confirmed new one "
    "is {code} with niece, G in and all ok. rest of night quiet",
    "Handover to day OT: Mrs C home 16:00, bloods done, meds in blister pack. KS {code}. "
    "Falls risk - sensor mat on. Review Fri.",
    "Keysafe combination changed following the burglary next door, it is now {code}. "
    "Police advised. Please only share with carers on the rota.",
]

BLIND16_TABLES = [
    (["Client", "Key safe"], ["Mrs A", "{code}"]),
    (["Name", "Postcode", "KS"], ["Mr B", "LS6 2AB", "{code}"]),
    (["Service user", "Access"], ["Mr D", "keysafe {code}"]),
    (["Client", "Door entry", "Notes"], ["Mrs E", "{code}", "ring before entering"]),
    (["Call", "Time", "Access code"], ["Breakfast", "07:30", "{code}"]),
    (["Client", "Gate code"], ["Mrs F", "{code}"]),
    (["Name", "Alarm"], ["Mr G", "{code}"]),
    (["D2A client", "Ward", "Entry"], ["Mrs H", "Ward 9", "KS {code}"]),
    (["Client", "Padlock"], ["Mr J", "{code}"]),
    (["Address", "Communal door", "Flat"], ["Kings Court", "{code}", "Flat 4"]),
    (["Client", "Key box no."], ["Mrs K", "{code}"]),
    (["Run", "Client", "K/S"], ["Rd 3", "Mr L", "{code}"]),
    (["Name", "Access", "Risk"], ["Mrs M", "lockbox {code} by back door", "dog"]),
]

BLIND16_TRAPS = [
    # Very short: numbers beside access words that are not codes.
    "Door {n}", "flat {n} door", "gate {n} at the BRI", "ks order {n}", "key safe inv {n}",
    "alarm pendant {n}", "ward {n} doors", "ext {n} for keysafe queries", "PO {n} key safes",
    "Lockbox SKU {n}", "keypad PSU {n}", "bay {n} by the gate", "room {n} key",
    "locker {n} key lost", "ticket {n} - alarm", "NHS no. {n} for KS referral",
    "Door-to-door {n} miles", "{n} steps to the door", "Keyworker {n}", "pin {n} on map",
    "rota {year}", "ks fitted {year}", "gate shuts {time}", "alarm {time} call",
    "key safe visit {time}", "door knocked {time}", "Order no {n} (2 key safes)",
    "Dress code {n}", "Tax code {n}L", "Sort code {n}",
    # One or two sentences.
    "Carer rang {time}, client on the floor by the front door, ambulance called, ref {n}.",
    "Paracetamol {n}mg was not given, dose at {time} missed.",
    "The key safe order came to £{n}, can finance raise a PO?",
    "Please park in gate {n} car park at the LGI and go to the discharge lounge.",
    "Lifeline alarm unit serial {n} needs to go back to Careline.",
    "Mr P's alarm pendant was pressed at {time}; responder attended, no injury.",
    "Mileage for the night run was {n} miles, claimed on the form.",
    "Door {n} on the ground floor is the discharge lounge.",
    "Key safe model KS{n} is on back order until January.",
    "Housing repair ref {n} - communal door closer broken.",
    "Staff ID {n} - on call phone handed over at {time}.",
    "Keys handed to neighbour at number {n}, she has a spare.",
    "The key code course {n} is on Thursday in the training room.",
    "Booking ref {n} for the gate taxi to the day centre.",
    "Alarm company case number {n}, engineer coming Monday.",
    "The code of conduct section {n} covers lone working at night.",
    "DOB 12/03/{year}, lives alone, front door sticks.",
    "Padlock bought from Screwfix, product {n}, £12.99.",
    "Postcode sector {n} has no key safe provider this week.",
    "Please ring ext {n} to get the door entry system fixed.",
    "Safeguarding referral {n} raised at {time}.",
    "Two carers at {time}, hoist in the room by the door, sling size {n}.",
    "Keysafe fitted by handyperson scheme, job number {n}.",
    "Carer locked out at {time} - keysafe empty, son brought keys, arrived {time}.",
    # Long: morning summaries and D2A notes with many numbers, no codes.
    "Morning summary: 4 calls overnight. {time} carer could not find the key safe in the "
    "dark, neighbour at no. {n} showed her. {time} pendant alarm, no fall. Fuel claim {n} "
    "miles. Nothing else to report.",
    "D2A - Mr R, from Ward {n}. Discharged {time}. Key safe to be fitted by the council, "
    "referral {n}, until then family let carers in. Reassess in 14 days.",
    "OOH log\n{time} Rd 2 short of a driver\n{time} Mrs Q alarm went off, carer reset it\n"
    "Keys: all returned to the office key cabinet, hook {n}.",
    "Hi team, the new key safes arrived today (invoice {n}, {n} units). Please don't fit "
    "any without the client's consent form. Contact the office on ext {n}.",
    "Handover: Mrs V's door alarm keeps sounding at night. Careline unit number {n}, fault "
    "logged ref {n}. Engineer says battery. Please check at the {time} call.",
    "Reablement review: walked {n} metres with frame, climbed 12 steps to the front door. "
    "Goals met. Discharge from service {time} Friday. Case no. {n}.",
    "Night coordinator notes - the gate at Mill Lane was locked at {time}; carer waited "
    "for the warden. Complaint logged {n}. Client's NHS number {n} on file.",
    "Summary for managers:\n- Pay query from carer, payroll no. {n}\n- Alarm pendant returned, "
    "asset {n}\n- Key safe quote £{n} from locksmith\n- No missed calls",
    "The key safe at Oak Flats is a Supra C500, fitted {year}. Caretaker says the landlord "
    "will replace it under work order {n}. Until then carers collect keys from the office.",
    "Mr T was born in {year} and has lived at number {n} since the seventies. He keeps the "
    "back door locked and the key on a hook. Daughter visits at {time}.",
    "New starter induction: lone working, key safe policy (section {n}), how to reset the "
    "combination after each visit. Certificate no. {n}, valid until {year}.",
    "Client's postcode is LS{n}, carer said the satnav takes her to the wrong gate. "
    "Please add directions to the access notes: second gate after the church.",
    "Call from 111 at {time}: GP out of hours visiting Mrs Y, reference {n}. Told them "
    "carers will be there at {time} and can let them in.",
    "Key safe audit: {n} clients have key safes, {n} have codes recorded in the locked "
    "system, none on paper. Next audit {year}.",
    "Fire door {n} at the hospital was alarmed, so discharge went out via the main entrance "
    "at {time}. Transport ref {n}.",
    "The keypad in the office needs a new battery (type {n}); facilities ticket raised.",
    "Alarm panel showed fault code {n} at {time}, carer rang the monitoring centre.",
    "Insulin {n} units at {time}, district nurse to visit, she has her own key.",
    "Keysafe grant application {n} approved, £{n} towards fitting.",
    "Door number is {n}, blue door, ramp at the side.",
    "Pin {n} on the noticeboard is for the rota, not the door.",
    "Night shift pay code {n} applies to on-call hours from {time}.",
    "Gate lodge phone {n} if the barrier is down after {time}.",
    "Lock change invoice {n} paid on {year}-03-01.",
    "Key safe {n}mm deep, won't fit behind the downpipe.",
    "Gate {n} closed for roadworks, use the A&E entrance.",
    "Alarm receiving centre account {n}, contact if pendant fails.",
    "Door entry intercom model {n}, handset cracked.",
    "PIN reminder letter for the work card ref {n} sent {year}.",
]
