"""BLIND-13: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b13 on 2026-12-04 (23:03-23:05 UTC). The author had not read the
recognizers, the vocabulary, the scan code, nor any earlier blind part. Committed before its
first run.

Voices: a local-authority commissioner, a hospital discharge team and a housing association
writing formal emails and referral forms to the agency, and the agency's own care planner
writing the access section for a new client. About 40 % very short, 30 % one or two sentences,
30 % long.

Slots: positives take {code} (4821, B4821, 4821X, 48 21, 48-21, four eight two one); table rows
take {code}; traps take {n} (1000-99999), {year} (1950-2029) and {time} (e.g. 0830) and hold no
access code.

First run on 7d95b50 (2026-12-04 23:05 UTC, `bench/bench_detection.py --parts blind13`, seed 10,
scale 1): BLIND-13 recall 95.50 %, precision 90.74 % (18 of 400 positives missed, 39 of 400 traps
fired), before the rules written that evening were merged. No label was changed after it. Which
cases were missed is kept out of this repository.
"""

BLIND13_POSITIVE = [
    # very short
    "Key safe: {code}",
    "KS code {code}",
    "keysafe {code} by back door",
    "Door entry {code}",
    "Gate code - {code}",
    "Alarm unset {code}",
    "Padlock on side gate {code}",
    "Communal door {code}#",
    "Lockbox {code}",
    "{code} key safe",
    "{code} = main entrance",
    "Code for keysafe is {code}",
    "Keysafe no. {code}",
    "Access: key safe, code {code}.",
    "Intruder alarm code {code}",
    "Keypad {code} then press enter",
    "key saf code {code} pls",
    "ksafe {code} left of door",
    "Bin store door {code}",
    "Gate: {code}",
    "Combination {code} (key safe)",
    "Key safe combi {code}",
    "Door code {code} - do not share",
    "Ext. door keypad {code}",
    "Garage padlock combo {code}",
    "Block entry code {code}",
    "Clé : boîte à clés {code}",
    "Caja de llaves código {code}",
    # one or two sentences
    "Please note the key safe is to the right of the front door and the code is {code}.",
    "Hi all, new key safe fitted today at Mr Okafor's, code now {code}. Old one removed.",
    "The family have changed the door entry code to {code} with effect from Monday.",
    "Access via the communal entrance (code {code}), then lift to the 4th floor, flat on the left.",
    "Carers to use the key safe on the wall by the garage; combination is {code}.",
    "Mrs Ahmed has a Supra key safe installed, code {code}, please return the key after each call.",
    "The warden-controlled scheme uses a fob but out of hours the keypad code is {code}.",
    "Key safe code: {code}. Please scramble the numbers after use.",
    "Hello, just to confirm that the alarm code for Mr Hughes is {code} and it must be set when leaving.",
    "Gate to rear garden is locked with a combination padlock ({code}); front door is usually on the latch.",
    "Can you update the care plan - the keysafe number has been changed to {code} by his son.",
    "Spoke to daughter, she said the key box code is {code} and the key is on a red fob.",
    "Staff to enter through the side door using the digital lock, {code}.",
    "Szafka na klucze, kod {code}, po prawej stronie drzwi.",
    "Seif pentru chei - cod {code}, lângă ușa din spate.",
    "Access details as agreed with the OT: key safe {code}, located under the porch light.",
    "u need the code for the back gate its {code} x",
    "Morning team, handover: Mrs Bell's keysafe was stiff, code is still {code}, please report if it jams.",
    # long
    "Dear Agency, please find below the referral for Mr Patel, discharged from Ward 7 today. "
    "He lives alone in a ground-floor flat. Access is via a key safe to the left of the front "
    "door, code {code}. His daughter visits at weekends.",
    "Access arrangements: the property is in a gated development. Press the call button and "
    "ask reception, or use the pedestrian gate keypad ({code}). The flat is number 12, second floor.",
    "Good afternoon, this is the Hospital Discharge Team at St Mary's. The patient has agreed "
    "to a key safe being fitted. It was installed on the 3rd and the code is {code}. First "
    "call is booked for tomorrow morning, please confirm you can cover.",
    "New client access section\nProperty: semi-detached house\nEntry: key safe on wall right "
    "of the front door\nCode: {code}\nParking: on the drive is fine",
    "Housing Association notice to support providers: following the door entry upgrade at "
    "Elm Court, the new communal entrance code is {code}. Residents have been written to. "
    "Please update your records and do not display the code on site.",
    "Hi, following our call, the gate and the door both use the same code ({code}). "
    "The key safe is behind the water butt. Please ring Mrs Green's son on his mobile if there is a problem.",
    "Referral form - Section 6 Access to property\nIs there a key safe? Yes\nKey safe code: "
    "{code}\nAny pets? One cat, keep indoors",
    "As commissioner I have asked the provider to start the package on Monday. The service user "
    "has a key safe (code {code}) and a Lifeline pendant. The previous agency have returned their keys.",
    "Please be aware the alarm is armed at night. On arrival, go in through the front door and "
    "enter {code} on the panel in the hall within 30 seconds. Reset it when you leave the last call.",
    "Care planner notes: Mr Davies is hard of hearing and will not hear the bell. Use the key "
    "safe, code {code}, and call out as you enter. Keys go back in the safe, not left in the door.",
    "Update from the ward: the patient's neighbour holds a spare key but is away until the "
    "20th. The family have put a lockbox on the shed, combination {code}. Front door key is inside.",
    "Discharge summary - social circumstances: lives with wife (who has dementia). Access by "
    "key safe {code}. Two carers needed for transfers, hoist in the bedroom.",
    "Tenancy sustainment officer here. Our tenant has agreed for carers to use the block's "
    "trades code, {code}, between 7am and 10pm only. Outside these hours use the intercom.",
    "Hi, quick one - the code at the back door has changed. It's now {code}. Old code no longer works. Thanks, Sue",
    "Key safe\n{code}\nBack door, behind the bins",
    "ACCESS: KEY SAFE {code} - FRONT PORCH. Mum is hard of hearing, knock loudly.",
    "Door code {code}, flat 3, first floor. Intercom is broken so please don't buzz.",
    "From the Reablement team: the client's key safe has been reset to {code} after the "
    "locksmith visit. Please make sure all carers on the run have the new number.",
    "Client has dementia and may not open the door. Key safe is hidden behind the planter, "
    "the code is {code}. Announce yourself when entering.",
    "Commissioning team: please note the change to Mr Lewis's care. Calls reduced to 2 a day "
    "from next week. Access unchanged: key safe code {code}.",
    "Re: access - Garden gate has a coded lock ({code}). Front door is left unlocked during the day.",
    "Key safe code {code} - we will ask the family to change it once the package ends.",
    "Can all staff note that the alarm PIN for Mrs Ward has changed to {code} with immediate effect.",
    "[09:12] Office: Mr Kerr's KS is {code} fyi, new girl starting on his run",
    "Access = Key safe | {code} | rear of property",
]

BLIND13_TABLES = [
    (["Client", "Address", "Key safe"], ["Mr T Jones", "14 Oak Rd", "{code}"]),
    (["Service user", "Access"], ["Mrs K Begum", "Key safe {code}"]),
    (["Name", "Call times", "KS code"], ["D Ellis", "08:00, 12:30, 17:00", "{code}"]),
    (["Tenant", "Block", "Door entry code"], ["Mr Afolabi", "Cedar House", "{code}"]),
    (["Patient", "Ward", "Access to home"], ["J Smith", "Ward 22", "key safe, code {code}"]),
    (["Client", "Keysafe location", "Code"], ["Mrs Price", "Left of garage door", "{code}"]),
    (["Property", "Gate", "Alarm"], ["12 Mill Lane", "{code}", "none"]),
    (["Run", "Client", "Access notes"], ["AM Run 3", "Mr Hill", "KS {code} back door"]),
    (["Ref", "Client", "Lockbox combination"], ["SU-019", "Miss Grant", "{code}"]),
    (["Client", "Access"], ["Mr O'Neill", "{code} (key safe by porch)"]),
    (["Name", "Door", "Notes"], ["Mrs Wood", "code {code}", "Cat - keep in"]),
    (["Client", "Padlock", "Parking"], ["Mr Shah", "{code}", "On street"]),
    (["Service User", "Key Safe No."], ["E Roberts", "{code}"]),
]

BLIND13_TRAPS = [
    # very short
    "Flat {n}, door on the left",
    "Key safe order no. {n}",
    "Alarm pendant serial {n}",
    "Door {n} at the end of the corridor",
    "Gate {n} at the hospital car park",
    "Dress code: smart casual",
    "Postcode please",
    "Tax code 1257L",
    "Invoice {n}",
    "PO number {n}",
    "NHS number {n}",
    "Room {n}",
    "Lifeline unit model {n}",
    "Call at {time}",
    "Ext. {n}",
    "Keys cut: {n} pence",
    "Mileage {n}",
    "Course code MH{n}",
    "Booking ref {n}",
    "Lock replaced in {year}",
    "Keypad batteries ordered, ref {n}",
    "PIN reset request ticket {n}",
    "Safe Guarding ref {n}",
    "Born {year}",
    "Door closes at {time}",
    "Ward {n} discharge lounge",
    "Sort code needed for payroll",
    "Case ID {n}",
    "Alarm test at {time}",
    "Key worker: staff no. {n}",
    "Bus {n} stops by the gate",
    "Locksmith quote £{n}",
    # one or two sentences
    "The key safe was fitted by the council's handyperson service, job number {n}.",
    "Please use door {n} (outpatients) to collect Mrs Reed from the discharge lounge at {time}.",
    "Mr Cole's pendant alarm is serial {n}; please report faults to the monitoring centre.",
    "The door entry system at Elm Court will be replaced in {year}, contract ref {n}.",
    "Can you confirm the postcode for the new client? The referral form only shows house number {n}.",
    "Patient will be brought home by hospital transport, booking number {n}, expected around {time}.",
    "Our records show the key safe was purchased on order {n} and paid by the family.",
    "The alarm company can be reached on extension {n} during office hours.",
    "Gate {n} is the nearest entrance to the renal unit; patients are collected from there.",
    "Please note the dress code for the training day is uniform and ID badge; course code {n}.",
    "The lock on the medication cabinet was changed in {year} and a new key issued to staff.",
    "Keypad faulty - reported to the housing repairs line, repair ref {n}.",
    "Your PIN for the e-learning portal will be sent separately by the training team.",
    "Mrs Lewis takes {n} units of insulin? No - dose is 14 units, please check the MAR chart.",
    "Door-to-door mileage for the week was {n} miles across the run.",
    "The key holder is her nephew, who lives at number {n} on the same road.",
    "Alarm was triggered at {time} by the smoke detector; fire service attended, incident {n}.",
    "Invoices for door entry fobs should quote PO {n} and cost centre 4410.",
    "The safe in the office holds {n} pounds of petty cash, counted on Friday.",
    "Gate left open by visitor at {time} - client's dog got out, incident form {n} completed.",
    "Key safe requested from Telecare, request ID {n}; fitting date to follow.",
    "The lockbox model {n} is no longer supplied, please order the approved replacement.",
    "Tax code changed to 1185L from April; payslip ref {n}.",
    "Room {n} on the second floor is the interview room, by the lift doors.",
    "Mr Hughes was born in {year} and moved to the bungalow after his fall.",
    "Carers must not leave before {time}; the door must be locked and keys returned to the safe.",
    "The housing officer's direct line is 0161 496 {n}, extension 2.",
    "Alarm pendant asset tag {n} - to be collected by the provider when the package ends.",
    # long
    "Dear Provider, thank you for accepting the package for Mrs Singh (case ref {n}). Calls "
    "start on the 12th at {time}. Access arrangements will be confirmed by the social worker "
    "directly with your office, not by email. Please invoice using PO {n}.",
    "Discharge planning update: Mr Allen remains on Ward {n} pending a package of care. The "
    "family are arranging a key safe but it has not been fitted yet. We expect discharge on "
    "Thursday after {time}. NHS number is on the attached form.",
    "Housing Association repairs: we attended 22 Park Walk today (job {n}). The front door "
    "lock has been replaced and the tenant has three keys. The communal door keypad is being "
    "upgraded in {year}; residents will receive the new details by letter.",
    "Care planner note: new client from Monday. Lives at flat {n}, Beech House, third floor, "
    "door to the right of the lift. Family will let carers in for the first week until a "
    "key safe is fitted. Parking permit number {n} is in the office.",
    "Commissioning review: the provider delivered {n} hours in Q2 against a contract of "
    "{n}. Missed calls were mostly at {time}. Please send the key safe and door entry audit "
    "summary by the end of the month (audit ref {n}).",
    "Hi, the alarm engineer came today. The control panel is model {n}, installed in {year}. "
    "He said the battery should last another two years. Client is happy with it.",
    "Please send the postcode and the key safe location for Mr Reid; we do not have them on "
    "the referral. His GP practice code is {n} and his NHS number is on page 2.",
    "The hospital discharge team can be contacted on 0113 {n}. Please ask for the Gate {n} "
    "coordinator. Patients leave the ward by {time} on weekdays.",
    "For the record: 4 key safes were fitted this month, total cost £{n}, invoice {n} from "
    "the handyperson scheme. Codes are held by the office and are not included in this email.",
    "Training reminder: door security and key-holding module, course code KH{n}, runs on "
    "the 14th at {time} in Room {n}. Bring your staff number.",
    "Mrs Green's son says the old padlock on the gate is broken and has been removed. The "
    "gate is now left unlocked. He will buy a new one, order number {n}.",
    "Tenancy ref {n}. Rent account is in arrears of £{n}. The tenant has asked for the "
    "locks to be changed; the housing officer will attend on Tuesday at {time}.",
    "Medication: Paracetamol {n}mg? Please check - should be 1g four times daily. MAR chart "
    "updated {year}. Keys for the medication box are kept in the kitchen drawer.",
    "Mr Brown's Careline pendant (serial {n}) went off twice last night at {time}. No fall. "
    "Monitoring centre ref {n}. Please check the pendant is worn at all calls.",
    "The door number on the referral is wrong - it is {n} Station Road, not 14. Please "
    "update the rota and the care plan address. Access is by the family, no key safe.",
    "Please note the new office alarm will be set at {time} each evening; staff leaving "
    "later must ask the manager. The alarm company contract number is {n}.",
    "Asset register: key safe (Supra C500), bought {year}, asset {n}; keypad door lock, asset "
    "{n}; two spare padlocks, asset {n}.",
    "Key safe code not yet known - the social worker will phone the office with it. Do not "
    "put it in the rota. Client ID {n}.",
    "We need {n} gloves and 40 aprons for the Eastfield run; delivery to the side gate before {time}.",
    "Sorry for the delay - the referral number is {n} and the hospital number is {n}. "
    "The patient's keys are in her handbag, which went home with her daughter.",
    "Locker {n} in the staff room is yours; bring your own padlock.",
    "The main gate code is changing next week. The office will phone each carer with it; it will not be emailed.",
    "Pin badge order {n}: 30 badges for the long-service awards in {year}.",
]
