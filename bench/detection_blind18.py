"""BLIND-18: a blind part of the access-code detection corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b18 on 2026-12-04 at 23:51-23:55 UTC, in the voice of a home-care agency's
quality and compliance lead (audit findings, spot-check reports, CQC inspection prep notes, staff
memos) and of a hospital ward clerk sending discharge information to the agency. The author had
not read the recognizers, their vocabulary or the scan code, nor any earlier blind part. This file
was committed before its first run.

Slots: `{code}` in BLIND18_POSITIVE and BLIND18_TABLES (filled with codes such as 4821, B4821,
4821X, 48 21, 48-21, four eight two one); `{n}` (a number 1000-99999), `{year}` (1950-2029) and
`{time}` (such as 0830) in BLIND18_TRAPS. Every trap is ordinary agency text in which a careful
human would call no number a code for getting in.

First run on 2130523 (2026-12-04 23:55 UTC, `bench/bench_detection.py --parts blind18`, seed 10,
scale 1): BLIND-18 recall 92.00 %, precision 96.08 % (32 of 400 positives missed, 15 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND18_POSITIVE = [
    # Very short: spreadsheet cells, texts, margins of a spot-check form.
    "KS {code}", "keysafe={code}", "Entry: {code}", "gate pad {code}", "Alarm unset {code}",
    "k/safe -> {code}", "lockbox {code} (side)", "{code} KS", "{code} front door keypad",
    "door code {code} pls", "communal {code}#", "bin store padlock {code}", "KS combo {code}",
    "PIN to disarm: {code}", "access {code}", "door entry {code} then C", "K/S: {code} ✔",
    "box by back door {code}", "{code} - lock box", "Key Safe - {code}", "padlock {code}",
    "keypad {code} then tick", "main door {code}", "gate: {code}", "KSafe {code}",
    "Alarm code {code} (if it goes off)",
    # One or two sentences.
    "Spot check 14/11: carer could not remember the key safe code, it is {code}.",
    "Discharge info from Ward 7: patient's key safe code is {code}, keys left inside by the daughter.",
    "Audit finding - key safe number ({code}) written on the back of the rota. Please stop doing this.",
    "Memo to all staff: the office lockbox has changed, new combination {code}.",
    "Ward clerk here, NOK asked me to pass on the door code {code} for the first visit tonight.",
    "The communal entrance at Beech House needs {code} followed by the bell for flat 3.",
    "Reminder the keysafe at the Hendersons' was reset after the break-in, now {code}.",
    "To get through the car park barrier press {code} on the intercom keypad.",
    "The alarm panel is in the hall cupboard; enter {code} within 30 seconds of opening the door.",
    "Please note new KS code for Mr Patel {code} (son changed it Sunday).",
    "CQC prep: the visitor's keypad on the office back door is {code}, do not share with visitors.",
    "Gate won't open from outside, use {code} on the little box on the post.",
    "He keeps the shed key in a combination lock, {code}, the mop bucket is in there.",
    "Hi all, keysafe for Mrs O is {code} from today x",
    "Code for the side gate is the same as the key safe: {code}.",
    "Door entry for Rowan Court block B {code}, lift to 2nd floor.",
    "key safe cod {code} rmbr to scrmble aftr",
    "The combination for the medication lockbox in the kitchen is {code}.",
    # Long, several sentences and several numbers.
    "Discharge summary for the agency. Patient discharged from Ward 22 at 1430 on 03/12. "
    "Transport booked, arriving approx 1600. Key safe to the left of the front door, code {code}. "
    "Please ensure first call is within 2 hours.",
    "Spot-check report, visit 2 of 3. Carer arrived 0812, 12 minutes late. Used the key safe "
    "({code}) correctly and scrambled it afterwards. MAR chart complete, 4 of 4 meds signed.",
    "Audit of care plans, 18 files reviewed. Finding 6: in 5 files the access section just says "
    "'see office'. Good example from file 11: 'Key safe under the porch light, {code}, keys on the "
    "blue fob'. Please copy this format.",
    "Hi, ward clerk at the Royal. Mr D is going home tomorrow about 11. His wife says the porch "
    "door has a keypad, {code}, and the inner door key is on the hook. Bed 14, Ward 9.",
    "Handover from nights: alarm went off at 0310, reset with {code}, no sign of entry. Client "
    "settled by 0345. Call 2 done at 0700.",
    "STAFF MEMO 47\nFrom: Quality Lead\nRe: 12 Moor Lane\nThe family have fitted a new key safe.\n"
    "New code: {code}\nOld code no longer works. Please update your phones and delete the old one.",
    "CQC inspection prep - access.\nClient 1 key safe: {code}\nClient 2 - family lets us in.\n"
    "Client 3 - door left on the latch (risk assessed).",
    "Care plan section 4 (Access)\nHow to enter: key safe on the garage wall\nCombination:\n{code}\n"
    "Notes: pull the lever down firmly, it sticks in winter.",
    "Following the spot check on 21/10 the carer was reminded that the code {code} for Mrs K's key "
    "safe must never be said out loud in front of visitors. Signed off by AB, 2 actions closed.",
    "Re: discharge Monday. The flat is on the 4th floor, flat 42. Main door code {code}, then lift. "
    "Daughter will meet the first carer at 0930 and hand over the spare fob.",
    "Rota wk 49\nMon 0730 Mrs A (KS {code})\nMon 1200 Mr B (family in)\nMon 1700 Mrs A",
    "Audit note: 3 out of 9 carers spot-checked had the lockbox code written in their diaries. "
    "Example seen: 'lock box {code} left side'. Diaries collected, pages shredded.",
    "Patient lives alone, 2 steps to front door, rails fitted. Access: key safe, number {code}. "
    "Equipment delivered: commode, perching stool. Package of care QDS from 05/12.",
    "Whatsapp from coordinator: Sorry team, Mr Lewis KS is {code} not the one on the rota, typo. "
    "Call at 1 and 6 as normal.",
    "New client pack, section 2.\nAddress: 7 Elm Row\nParking: on road\nEntry: gate keypad {code} "
    "then key safe by door, same number\nPets: 1 dog, friendly",
    "Safeguarding concern from today's audit: key safe had been left open for 3 days. Family "
    "rang at 1500 and confirm the code is still {code}; they will change it this week.",
    "Ward clerk, AMU. Mrs Clarke (bed 6) discharged 1815 by ambulance. She told the nurse her "
    "key safe is {code} and the back door sticks, so push hard. Meds for 7 days sent home.",
    "Spot-check 3 of 12 this month. Observed carer enter the communal door with {code}, then "
    "the flat key from the key safe. Gloves, apron on at 0907. Left 0941. No concerns.",
    "Memo: from 1 Jan all alarm codes go on the secure app only. Example of what NOT to "
    "send by text: 'alarm at no. 9 is {code}, unset on the way in'. 3 breaches logged in Nov.",
    # Code after a long label and labels in other languages staff use.
    "Cod cutie chei: {code}", "Kod do skrzynki na klucze {code}", "Código de la caja de llaves {code}",
    "Kodi ya mlango {code}", "Kód dveří {code}", "Anahtar kutusu şifresi {code}",
    "Cod ușă intrare bloc {code}, apoi etajul 1",
    "Chave na caixa ao lado da porta, código {code}",
    # Typos, abbreviations, odd spacing.
    "ksafe cdoe {code}", "KEYSAFE  :  {code}", "k.s.c.={code}", "alrm {code}",
    "door entery code {code}", "keysfe is {code} ok",
]

BLIND18_TABLES = [
    (["Client", "Key safe"], ["Mrs H", "{code}"]),
    (["Service user", "Access code"], ["JT", "{code}"]),
    (["Name", "Address", "KS"], ["Mr R", "3 Vale Rd", "{code}"]),
    (["Patient", "Ward", "Home access"], ["Mr F", "22", "key safe {code}"]),
    (["Client", "Gate", "Door"], ["Mrs W", "{code}", "key under mat"]),
    (["Initials", "Alarm"], ["PL", "{code}"]),
    (["SU", "Entry"], ["GH", "{code}"]),
    (["Spot check", "Carer", "KS code used"], ["SC-3", "Anna", "{code}"]),
    (["Property", "Lockbox"], ["Flat 2", "{code}"]),
    (["Client", "Communal door", "Flat"], ["Mrs Q", "{code}", "12"]),
    (["Who", "Padlock"], ["Mr Y (shed)", "{code}"]),
    (["Client", "Notes"], ["Mrs E", "KS {code}, scramble after"]),
    (["Name", "Keypad"], ["Mrs N", "{code}"]),
]

BLIND18_TRAPS = [
    # Very short, number beside an access word, no code.
    "Door {n}", "Gate {n} closed", "Key safe order #{n}", "Alarm pendant ID {n}",
    "Keypad model {n}", "Room {n} - door wedged", "Padlock order no. {n}", "Lockbox invoice {n}",
    "Key safe fitted {year}", "Door entry helpdesk ext {n}", "PIN reset ticket {n}", "Code of conduct v{n}",
    "Dress code memo {n}", "Safe staffing review {n}", "Key worker no. {n}",
    "Lock-in audit {year}", "Gate B, bay {n}", "Alarm at {time}", "Door knocked {time}",
    "Key handed back {time}", "Key cutting receipt {n}", "Course code ACC{n}",
    "PO {n} key safes x4", "Fob serial {n}", "Door entry quote £{n}",
    "Ward {n}, side door", "Tax code {n}L", "CQC ID {n}", "NHS no. {n}",
    "Safe lifting refresher {year}", "Alarm test {time} Weds", "Sort code {n}",
    # One or two sentences.
    "Audit finding: the key safe register had {n} entries, none signed in {year}.",
    "Spot check at {time}: carer knocked at the door and waited 3 minutes before entering with the family.",
    "Discharge from Ward {n}, please use the main hospital gate on Eastern Road for collection.",
    "The alarm pendant returned today has serial {n}; please log it on the equipment sheet.",
    "Please order key safe product code {n} from the usual supplier, budget £{n}.",
    "Door {n} at the hospital is the discharge lounge; transport leaves from gate 3.",
    "The keypad on the office door is being replaced, engineer job number {n}.",
    "Staff must not write codes in their diaries - see policy 4.{n}, reviewed {year}.",
    "The family asked for the key safe code to be changed; ticket {n} raised, new code to follow by phone.",
    "Lifeline alarm activated at {time}, responder arrived {n} seconds later.",
    "Mrs B's front door number is {n} but the house is set back from the road, look for the green gate.",
    "Postcode for the new client is LS{n}, parking round the back near the garage door.",
    "PIN training: staff ID {n} completed the data security module on 12/03/{year}.",
    "Invoice {n} for the lockbox installation is attached; payment due in 30 days.",
    "Alarm company called, their account number for the client is {n}.",
    "Dress code reminder: no jewellery except a plain band. Memo {n}.",
    "Key safe was checked at {time} and keys were present (2 keys, 1 fob).",
    "The gate at Ash Lodge is locked at {time} every night; ring the office if delayed.",
    "A blister pack of paracetamol was found by the door; returned to the pharmacy with ref {n}.",
    "Door-to-door mileage for the audit week was {n} miles.",
    "Code 4 on the incident form means 'no harm'; {n} incidents coded this quarter.",
    "His sort code and account number are not to be stored on the care plan, see GDPR log {n}.",
    "Extension {n} is the ward clerk's direct line for any questions about the discharge.",
    "Booking reference {n} for the hospital transport, pick-up from gate A at {time}.",
    # Long, several sentences and numbers, access words close by.
    "Audit summary Q3. {n} care plans reviewed, 14 with the access section incomplete. Key safe "
    "codes are now held only in the secure app; no code was found on paper. Next audit {year}.",
    "Spot-check report: carer arrived {time}, used the key safe correctly, scrambled the dial and "
    "checked the door was locked. Time on site 32 minutes. Staff number {n}.",
    "CQC prep checklist: 1. Key holding policy v{n} signed by all staff. 2. Lockbox in the office "
    "audited {year}. 3. Alarm response log reviewed. 4. Door entry visitor book up to date.",
    "Discharge info: patient leaving Ward {n} at {time}. NHS number {n}. Lives in a ground-floor flat, "
    "door number 6, family will be there to let the carers in. No key safe.",
    "Memo to staff: the office front door keypad will be out of action from {time} Tuesday. Use the "
    "side entrance. The alarm company (account {n}) will be on site until 3pm.",
    "Equipment return: 1 key safe (asset tag {n}), 1 pendant alarm (serial {n}), 2 door sensors. "
    "Collected by the council at {time}.",
    "Incident {n}: carer locked out at {time} because the key safe was empty. Keys later found "
    "inside the door. Reviewed with family; no further action.",
    "Hospital gate {n} is closed for works until {year}. Please send carers to the main entrance; "
    "the ward is on level 4, door marked Discharge Lounge.",
    "Training matrix: course code MH{n} (medication), SG{n} (safeguarding), key holding refresher "
    "due {year}. Pass mark 80 out of 100.",
    "Finding 3 of the audit: the key safe serial number {n} did not match the one on the risk "
    "assessment. The family had replaced the unit in {year}. Risk assessment updated.",
    "The client's pension is £{n} a month; her power of attorney changed the front door lock on "
    "12/11/{year}. New keys are with the daughter, not in a key safe.",
    "Phone the ward on 0161 {n} ext {n} before {time} to confirm discharge. The patient's door is "
    "at the back of the building, through the gate by the bins.",
    "Mileage claim: {n} miles in November. Parking at the hospital gate £{n}. Receipt number {n}.",
    "Rota note: Mrs J's door chain is on at night, so the {time} call must knock and wait. "
    "Her daughter phones at 0800. Client ref {n}.",
    "Quality memo {n}. Staff who lose a key fob pay £{n} for a replacement. Fobs are numbered and "
    "signed out; never leave one in a key safe.",
    "The padlock on the bin store was cut by the council on 14/11/{year}; no replacement yet. "
    "Repair ref {n}.",
    # The word code meaning something else, or a code that is not for getting in.
    "Discount code for staff uniforms is UNI{n} until the end of {year}.",
    "The Wi-Fi router in the office is model {n}, ask IT for the password.",
    "Her GP practice code is M{n}; fax the discharge letter there.",
    "Lock screen PIN on the work phones must be 6 digits; audit ref {n}.",
    "Activity code {n} on the timesheet is for travel between calls.",
    "The dementia unit door has a keypad; please ask the nurse in charge to let you in, bed {n}.",
    "Alarm pendant battery expires {year}; pendant no. {n}.",
    "Fire door {n} must be kept shut; fire drill at {time}.",
    "The lock on the medication cabinet was replaced, invoice {n}, fitted at {time}.",
    "Gate book: {n} visitors signed in at the open day.",
    "Gate code policy reviewed {year}: codes to be changed every 90 days, policy {n}. Owner: Quality Lead.",
]
