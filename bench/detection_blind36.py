"""BLIND-36: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b36 on 2026-12-05 at about 01:44 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Voice: documents rather than messages - care plans' environment and access sections, risk
assessments, council and hospital referral and discharge forms, first-visit checklists, handover
sheets, staff induction notes and client handbook pages, as pasted into an email: headings,
numbered sections, 'Field: value' lines, tick boxes, free-text notes, with NHS numbers, dates,
references, phone numbers and call times around the access details. The traps use the same
forms where access is by the client, family, fob or concierge, or the code is withheld, and the
numbers are references, orders, extensions, years, times, serials and the like. Split, roughly:
positives 28 very short / 21 one or two sentences / 22 long; traps 35 / 25 / 23.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on c8e805c (2026-12-05 01:51 UTC, `bench/bench_detection.py --parts blind36`, seed 10,
scale 1): recall 92.75%, precision 99.73%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND36_POSITIVE = [
    # --- very short: fields, cell notes, tick-box answers ---
    "Access: key safe by front door, code {code}",
    "Key safe code (KSC): {code}",
    "3.2 Key safe code: {code}",
    "Keysafe?  [x] Yes  [ ] No     Code: {code}",
    "Entry to property: via key safe, {code}",
    "Communal door entry code: {code}",
    "Gate keypad: {code}",
    "Alarm code (if set): {code}",
    "Lock box location: left of porch. Combination {code}.",
    "Access details - KS {code}, rear of garage",
    "Key safe no. {code}",
    "Main entrance door code {code} then lift to 2nd floor",
    "Padlock on side gate - combination {code}",
    "ACCESS: Keysafe {code} (grey Supra, by meter box)",
    "Key safe code changed 12/03 - new code {code}",
    "Q7. How will staff access the property? Key safe - {code}",
    "Door entry system: key in {code} and wait for the buzz",
    "Alarm: unset on arrival with {code}, reset on leaving",
    "Key safe - {code} - please scramble the dial after use",
    "Access arrangements: key safe, code {code}, on wall to right of front door",
    "Code for key safe = {code}",
    "Garage side door keypad {code}",
    "Entry: key is in the lock box, combo {code}",
    "Key safe (fitted by Care & Repair): {code}",
    "Sheltered scheme main door code {code}",
    "Key safe: yes. Code: {code}. Location: behind drainpipe.",
    "Medication is kept in a locked safe in the kitchen, combination {code}",
    "Back door key safe: {code}",
    # --- one or two sentences ---
    "Section 4 - Environment. The client lives alone in a ground-floor flat. Access is via a key safe "
    "to the right of the front door; the code is {code}.",
    "Access to home: family have fitted a key safe at the back door. Code {code}. Please ensure the key "
    "is returned and the dial scrambled.",
    "Referral notes: Mr H cannot get to the door unaided. Key safe installed by the council on "
    "discharge, code {code}.",
    "Entry instructions: use the communal entrance code {code}; the flat is on the first floor at the "
    "end of the corridor.",
    "First visit checklist - access confirmed with daughter: key safe code {code}, alarm not in use.",
    "Risk assessment (environment): poor lighting at rear of property. Key safe on rear wall, code "
    "{code}, torch recommended after dark.",
    "Handover: new key safe fitted today by the son, code is now {code}. The old code no longer works.",
    "Induction note for new carers: at Mrs P's the side gate is padlocked, combination {code}. Close it "
    "behind you or the dog gets out.",
    "Access: door entry panel at the main entrance - enter {code} and push the door when it buzzes.",
    "How do carers get in?  Key safe\nIf key safe, give code:  {code}",
    "The property has an intruder alarm. Carers to disarm it with {code} on the panel in the hallway "
    "within 30 seconds of entering.",
    "The client's key is kept in a lock box on the garden wall (combination {code}). Do not leave the box "
    "open.",
    "Hospital discharge summary - home situation: lives with wife who has dementia. Key safe at front, "
    "code {code}. Wife may not answer the door.",
    "Environmental risk: steep steps to the front door. Use the back entrance instead; back gate keypad "
    "code {code}.",
    "Agreed with client on 14/02 that staff will use the key safe. Code given verbally and recorded here: "
    "{code}.",
    "Access and security: keysafe fitted - code {code}. Client prefers the door to be locked at all times, "
    "including during calls.",
    "Emergency access: if no answer, the key safe code is {code}; ring the office before going in.",
    "Night sitting service: building door code after 10pm is {code}, the daytime trades button does not "
    "work then.",
    "Key safe code: {code} (please confirm with family - may have been changed since last review).",
    "Property access: the block door uses a fob, but there is a keypad beside it, code {code}, which "
    "carers may use.",
    "Carers to let themselves in via the key safe ({code}) and announce themselves loudly, Mr K is hard of "
    "hearing.",
    # --- long, with other numbers around the code ---
    "CARE PLAN - ENVIRONMENT AND ACCESS\nClient: Mrs Joan W\nNHS No: 485 777 3456\nDOB: 03/11/1936\n"
    "Address: 14 Larch Close\nAccess: key safe on wall left of front door, code {code}\n"
    "NOK: daughter, 07700 900123\nCalls: 0800, 1230, 1700, 2030",
    "REFERRAL FORM (Adult Social Care)\nReferral ref: ASC/2024/11873\nDate received: 02/09/2024\n"
    "Service requested: 2 calls daily, 45 min\nAccess to property: key safe installed 30/08, code {code}\n"
    "Social worker: R. Ahmed, tel 01632 960 411",
    "2. ACCESS\n2.1 Does the client have a key safe? Yes\n2.2 Key safe code: {code}\n"
    "2.3 Is there a door entry system? No\n2.4 Pets: one cat\n3. MEDICATION\n"
    "3.1 Blister pack, pharmacy delivers Tuesdays",
    "HANDOVER SHEET - week commencing 6 May\nRun 3 (Tom): 7 calls, first at 0715\n"
    "Changes: Mr D (flat 22, Kestrel House) - building entry code is now {code}, concierge informed\n"
    "Mrs L back from hospital Thurs, restart 4 calls from 1600\nMileage claims due Friday",
    "First visit checklist\n[x] Care plan in folder\n[x] MAR chart in place (started 12/06)\n"
    "[x] Key safe code confirmed: {code}\n[ ] Smoke alarm tested\n"
    "[x] Emergency contacts: son 07700 900456, GP 01632 960 222",
    "Risk assessment - lone working\nProperty: isolated farm cottage, 2.5 miles down a single-track lane\n"
    "Mobile signal: poor, use landline 01632 960 789 if needed\n"
    "Access: field gate padlock {code}, then key safe by the porch (same numbers)\nReview date: 01/03/2025",
    "Staff induction notes - Riverside Court (extra care scheme)\nShift times 0700-1400 and 1400-2200\n"
    "Main entrance: keypad, code {code}\nStaff room is room 12 on the ground floor\n"
    "Fire assembly point: car park B\nManager on call: 07700 900 789",
    "Environment section\nType of property: semi-detached house, 2 floors, stairlift\n"
    "Heating: gas boiler, thermostat set at 20C\nAccess: key safe to side of garage, code {code}. "
    "Front door sticks - lift and push.\nSmoke detectors: 2, last tested 11/01/2025",
    "Referral 55104 - Mr George T\nPlease find the access details below for the start on Monday "
    "14 October.\nAddress: 7 Mill Lane, Flat 3\nCommunal door: code {code}\n"
    "Key safe: none, client will answer\nNHS number: 943 476 5919",
    "Section 7: Home Environment & Access\n7.1 Who lives at the property? Client only\n"
    "7.2 Access method: [ ] Client opens door [x] Key safe [ ] Family present\n7.3 Key safe code: {code}\n"
    "7.4 Location of stopcock: under kitchen sink\n7.5 Location of fuse box: under stairs",
    "DISCHARGE TO ASSESS - PACKAGE OF CARE\nWard: 23, Royal Infirmary\n"
    "Discharge date: 19/07/2024, transport booked 1100\nPackage: QDS, 4 x 30 min\n"
    "Home access: key safe fitted by Care & Repair on 18/07, code {code}\n"
    "Equipment delivered: commode, perching stool, frame",
    "Alarm and access info for Mrs R, 22 Park Road:\n- Front door key in key safe, code {code}\n"
    "- Burglar alarm is NOT set during the day\n- Lifeline pendant worn at all times, provider tel "
    "0300 123 4567\n- Calls 0830 and 1930",
    "Client handbook page 3 - Your home\nWe will record how we get into your home here.\n"
    "Method: key safe\nCode: {code}\nRecorded by: S. Patel (Coordinator)   Date: 27/05/2025\n"
    "Client signature: ________",
    "RISK ASSESSMENT REF RA/2025/117\nHazard: unsecured rear door\nControl: carers to enter via the front "
    "only, using key safe code {code}, and check the rear door is bolted at the 2100 call\n"
    "Likelihood 2 x Severity 4 = 8 (medium)",
    "Needs assessment summary\nName: Mr Alan B   NHS: 401 023 2137   DOB: 12/12/1941\n"
    "Lives: 2nd floor flat, lift available\nHow to get in: door code {code} at the main entrance; flat "
    "door key is in the key safe on the landing (same code)\nCare: 3 calls a day, start 21/10",
    "Team briefing note (do not print)\nFrom Monday the Oak Tree Lane gate is locked at 1800. Evening "
    "carers need the gate keypad: {code}. Morning calls unaffected. Any problems ring the coordinator "
    "on 01632 960 555.",
    "ACCESS DETAILS\nProperty type: bungalow\nParking: on drive, space for 1 car\n"
    "Entry: key safe (grey, to left of door), code {code}\n"
    "Internal doors: bedroom door locked at night, key on hook\nDog: yes, friendly, kept in kitchen "
    "during calls",
    "Care plan review 04/04/2025\nPresent: client, daughter, care coordinator\nChanges agreed: 1) lunch "
    "call moved to 1300; 2) key safe code reset to {code} after a carer left the service; 3) daughter to "
    "supply new blister packs.",
    "Emergency information sheet\nGP: Dr Shah, Elm Surgery, 01632 960 333\nPharmacy: 01632 960 334\n"
    "Key holder: son (20 minutes away), 07700 900 100\nKey safe code: {code}\n"
    "DNACPR in place: yes, filed in red folder",
    "Referral form section C - Practical information\nC1 Property access: communal door entry, code "
    "{code}, then flat 9 on the 3rd floor\nC2 Parking: pay and display, permit not available\n"
    "C3 Smoking in the home: yes\nC4 Pets: none",
    "Welcome pack checklist for new client\n1. Service agreement signed (2 copies)\n"
    "2. Key safe installed - code recorded as {code}\n3. Emergency contact card given\n"
    "4. Out-of-hours number 0300 555 0199 explained",
    "Environment/access (continued from page 2): Mrs F's daughter has asked that the alarm is set when "
    "the last carer leaves at 2115. The alarm panel is behind the front door; set and unset it with "
    "{code}, then close the door within 20 seconds.",
]

BLIND36_TABLES = [
    (["Client", "Address", "Key safe"], ["Mrs A Jones", "14 Larch Close", "{code}"]),
    (["Name", "NHS No", "DOB", "Access"], ["Mr T Green", "943 476 5919", "02/05/1939", "KS {code}"]),
    (["Service user", "Postcode", "Entry method", "Code"], ["E. Walsh", "LS6 2AB", "Key safe", "{code}"]),
    (["Run", "Call time", "Client", "Access notes"], ["Run 2", "0745", "Mr P Khan", "Door entry {code}, flat 5"]),
    (["Property", "Key safe code", "Alarm"], ["Flat 12, Birch Court", "{code}", "None"]),
    (["Ref", "Client", "Key safe Y/N", "Key safe code", "Location"],
     ["C1043", "Mrs D Hall", "Y", "{code}", "Left of back door"]),
    (["Client ID", "Surname", "Forename", "Door code", "Notes"],
     ["20417", "Moore", "Edith", "{code}", "Communal door only"]),
    (["Section", "Question", "Answer"], ["3.4", "Key safe code", "{code}"]),
    (["Scheme", "Main entrance", "Side gate"], ["Riverside Court", "Keypad {code}", "Fob only"]),
    (["Client", "Access", "Keysafe no.", "Pets"], ["Mr R Clarke", "Key safe at front", "{code}", "Cat"]),
    (["Date", "Change", "Recorded by"], ["12/03/2025", "Key safe code changed to {code}", "S. Patel"]),
    (["Name", "Address", "Gate padlock", "Key safe"], ["Mr J Byrne", "Hill Farm Cottage", "{code}", "Same as gate"]),
    (["Client", "Alarm code", "Keyholder", "Keyholder tel"], ["Mrs M Ellis", "{code}", "Son", "07700 900 812"]),
]

BLIND36_TRAPS = [
    # --- very short ---
    "Key safe: none fitted. Referral ref {n}",
    "Keysafe: installed {year}, code not held by agency - client answers the door",
    "Key safe order no. {n} (awaiting fitting)",
    "Alarm company account no: {n}",
    "Door entry: ring flat 14, client buzzes you in",
    "Side gate: locked by warden at {time}",
    "Padlock for shed supplied, product code {n}",
    "Key safe fitted by Care & Repair, job no. {n}",
    "Lifeline call centre: 0300 123 4567 ext {n}",
    "Communal door: fob issued, fob serial no. {n}",
    "Access: key safe - code held on secure system only, not in this document (ref {n})",
    "Alarm: pendant only, unit ID {n}",
    "Property built {year}; key safe still to be fitted",
    "Calls: {time} and 1900. Client lets carers in.",
    "Door entry handset faulty - housing repair job {n}",
    "Key safe invoice {n} - paid",
    "Gate keypad broken since {year}, gate left open",
    "Access: son meets carers at the door, tel ext {n}",
    "Key safe code: see secure record",
    "NHS No: 485 777 3456 (access: family present at all calls)",
    "Keysafe request sent to OT, referral {n}",
    "Alarm fitted {year}, not in use",
    "Lock box: not required, client independent with door",
    "Door width 760 mm - wheelchair access OK. Equipment order {n}",
    "First call {time}, client opens front door herself",
    "Communal entrance: press button for flat 8. Housing officer ext {n}",
    "Key safe - new one on order, PO {n}",
    "Mileage claim: odometer {n} at start of run; all clients on this run use key safes",
    "Bus 36 stops outside the main gate, about every 20 minutes",
    "Client's bank card PIN must never be recorded (policy {n})",
    "Key stage 2 grandson visits after school - lets himself in with his own key",
    "Door entry panel model {n}, ordered {year}",
    "Case no. {n} - access via warden",
    "Key safe supplied by SafeHome Ltd, tel 01632 960 101, order {n}, fitted {year}",
    "Gate: council-owned, open 0700 to {time}",
    # --- one or two sentences ---
    "Section 4 - Environment. The client lives alone in a ground-floor flat and answers the door "
    "herself; no key safe is needed at present. Care record no. {n}.",
    "Access to home: family would like a key safe fitted. We have passed this to the council, "
    "request ref {n}.",
    "Referral notes: Mr H has lived at the address since {year}. His son will let carers in until the "
    "key safe is fitted.",
    "Entry instructions: the communal entrance is open from 0800 until {time}; after that, ring the "
    "client's flat (no. 6) and she will buzz you in.",
    "First visit checklist - access confirmed with daughter: she will be at the property for the first "
    "call at {time} and will go through the key safe with you in person.",
    "Risk assessment (environment): the rear garden gate is 1.2 m from the back step and the path is "
    "uneven. Use the front entrance. RA no. {n}.",
    "Handover: the key safe at Mrs B's was replaced today by the council, job ref {n}. The new code is "
    "with the office, ring for it before your call.",
    "Induction note for new carers: the scheme office is in room 4, extension {n}. Collect your fob "
    "there on your first shift.",
    "Access: the door entry panel is being replaced under housing contract {n}; until then the "
    "concierge will let you in.",
    "How do carers get in?  Client opens door\nIf key safe, give code:  N/A\nClient ID: {n}",
    "The property has an intruder alarm but the client does not set it. Alarm company: SecureHome, "
    "customer no. {n}.",
    "The client's key is left with the neighbour at no. 17, who is home all day. Neighbour's landline "
    "extension at work is {n}.",
    "Hospital discharge summary - ward 23, discharge booked for {time}. Wife will be at home to let "
    "carers in; no key safe.",
    "Environmental risk: three steep steps to the front door, about 200 mm rise each. Use the back "
    "entrance, which is level and left unlocked during call times (RA {n}).",
    "Agreed with client on 14/02 that staff will knock and wait; she does not want a key safe. "
    "Care plan version {n}.",
    "Access and security: keysafe quote received, ref {n}, £89 for supply and fit of a police-approved "
    "model. Family considering.",
    "Emergency access: if no answer, do not force entry. Ring the office on extension {n} and then the "
    "police non-emergency line 101.",
    "Night sitting service: carer to arrive at {time} and will be let in by the day carer at handover.",
    "Key safe code: to be given verbally by the coordinator at induction, never written down. "
    "Induction booked for {time}.",
    "Property access: the block door uses a fob; fobs are signed out from the office, fob register "
    "entry {n}.",
    "Please can all carers note the client has moved from flat 9 to flat 21 in the same block. Tenancy "
    "ref {n}.",
    "Mrs P's SIM PIN is written on the back of her phone box; carers are not to use it. Phone "
    "model {n}.",
    "Padlock on the bin store was cut off by the council in {year}; bins are now left on the drive.",
    "Gate motor serviced {year}, service report {n} filed in the house folder.",
    # --- long, with many other numbers ---
    "CARE PLAN - ENVIRONMENT AND ACCESS\nClient: Mrs Joan W\nNHS No: 485 777 3456\nDOB: 03/11/{year}\n"
    "Address: 14 Larch Close\nAccess: client opens front door, no key safe\nNOK: daughter, 07700 900123\n"
    "Calls: 0800, 1230, 1700, {time}",
    "REFERRAL FORM (Adult Social Care)\nReferral ref: ASC/{year}/{n}\nDate received: 02/09/2024\n"
    "Service requested: 2 calls daily, 45 min\nAccess to property: wife present, key safe not required\n"
    "Social worker: R. Ahmed, tel 01632 960 411",
    "2. ACCESS\n2.1 Does the client have a key safe? No\n2.2 Key safe code: N/A\n"
    "2.3 Is there a door entry system? Yes - ring flat 3\n2.4 Pets: one cat\n3. MEDICATION\n"
    "3.1 Blister pack, pharmacy order no. {n}",
    "HANDOVER SHEET - week commencing 6 May\nRun 3 (Tom): 7 calls, first at {time}\n"
    "Changes: Mr D (flat 22, Kestrel House) - concierge now on site until 2200, will let carers in\n"
    "Mrs L back from hospital Thurs, restart 4 calls from 1600\nMileage claimed: {n}",
    "First visit checklist\n[x] Care plan in folder\n[x] MAR chart in place (started 12/06)\n"
    "[ ] Key safe - not fitted yet, order {n}\n[ ] Smoke alarm tested\n"
    "[x] Emergency contacts: son 07700 900456, GP 01632 960 222",
    "Risk assessment - lone working\nProperty: isolated farm cottage, 2.5 miles down a single-track lane\n"
    "Mobile signal: poor, use landline 01632 960 789 if needed\n"
    "Access: field gate is chained but not locked; client's husband opens the door\nRA ref: {n}\n"
    "Review date: 01/03/2025",
    "Staff induction notes - Riverside Court (extra care scheme)\nShift times 0700-1400 and 1400-{time}\n"
    "Main entrance: staff fob, collected from the office\nStaff room is room 12 on the ground floor\n"
    "Fire assembly point: car park B\nManager on call: 07700 900 789, office ext {n}",
    "Environment section\nType of property: semi-detached house built {year}, 2 floors, stairlift\n"
    "Heating: gas boiler, thermostat set at 20C\nAccess: client's wife lets carers in. Front door sticks - "
    "lift and push.\nSmoke detectors: 2, last tested 11/01/2025",
    "Referral {n} - Mr George T\nPlease find the access details below for the start on Monday 14 October.\n"
    "Address: 7 Mill Lane, Flat 3\nCommunal door: left on the latch during the day\n"
    "Key safe: none, client will answer\nNHS number: 943 476 5919",
    "Section 7: Home Environment & Access\n7.1 Who lives at the property? Client only\n"
    "7.2 Access method: [x] Client opens door [ ] Key safe [ ] Family present\n7.3 Key safe code: n/a\n"
    "7.4 Location of stopcock: under kitchen sink\n7.5 Boiler serial no: {n}",
    "DISCHARGE TO ASSESS - PACKAGE OF CARE\nWard: 23, Royal Infirmary\n"
    "Discharge date: 19/07/2024, transport booked {time}\nPackage: QDS, 4 x 30 min\n"
    "Home access: key safe requested from Care & Repair, job no. {n}, fitting date TBC\n"
    "Equipment delivered: commode, perching stool, frame",
    "Alarm and access info for Mrs R, 22 Park Road:\n- Daughter lives next door and will open up\n"
    "- Burglar alarm is NOT set during the day\n- Lifeline pendant worn at all times, provider ref {n}\n"
    "- Calls 0830 and {time}",
    "Client handbook page 3 - Your home\nWe will record how we get into your home here.\n"
    "Method: you will open the door to us\nCode: not applicable\nRecorded by: S. Patel (Coordinator)   "
    "Client no: {n}\nClient signature: ________",
    "RISK ASSESSMENT REF RA/{year}/117\nHazard: unsecured rear door\nControl: carers to check the rear "
    "door is bolted at the {time} call\nLikelihood 2 x Severity 4 = 8 (medium)\nIncident log no. {n}",
    "Needs assessment summary\nName: Mr Alan B   NHS: 401 023 2137   DOB: 12/12/{year}\n"
    "Lives: 2nd floor flat, lift available\nHow to get in: press the buzzer for flat 27 and wait, he is "
    "slow to the handset\nCare: 3 calls a day, first at {time}",
    "Team briefing note (do not print)\nFrom Monday the Oak Tree Lane gate is locked at {time}. Evening "
    "carers should park on the road and use the pedestrian gate, which stays open. Any problems ring the "
    "coordinator on extension {n}.",
    "ACCESS DETAILS\nProperty type: bungalow, built {year}\nParking: on drive, space for 1 car\n"
    "Entry: client answers, allow time\nInternal doors: bedroom door locked at night, key on hook\n"
    "Council tax ref: {n}",
    "Care plan review 04/04/2025\nPresent: client, daughter, care coordinator\nChanges agreed: 1) lunch "
    "call moved to {time}; 2) key safe to be fitted, OT referral {n}; 3) daughter to supply new blister "
    "packs.",
    "Emergency information sheet\nGP: Dr Shah, Elm Surgery, 01632 960 333\nPharmacy: 01632 960 334\n"
    "Key holder: son (20 minutes away), 07700 900 100\nKey safe: none - son holds the only spare key\n"
    "Hospital no: {n}",
    "Referral form section C - Practical information\nC1 Property access: communal door is a trades "
    "entrance open until {time}, then flat 9 on the 3rd floor\nC2 Parking: pay and display, bay {n}\n"
    "C3 Smoking in the home: yes\nC4 Pets: none",
    "Welcome pack checklist for new client\n1. Service agreement signed (2 copies)\n"
    "2. Key safe - declined by client\n3. Emergency contact card given\n"
    "4. Out-of-hours number 0300 555 0199 explained, extension {n}",
    "Environment/access (continued from page 2): Mrs F's daughter sets the alarm herself when she "
    "visits at {time}. Carers are not asked to use the alarm and do not need the code. Alarm installer "
    "ref {n}.",
    "Staff induction - week 1 timetable\nDay 1 {time}: policies, safeguarding (course {n})\n"
    "Day 2: shadow shifts, including key safe and door entry procedures\n"
    "Day 3: medication training, certificate valid until {year}",
    "Incident report IR-{n}\nDate: 03/02/2025   Time: {time}\nDescription: carer found the key safe at "
    "Mrs T's hanging open and empty. Key found on the doormat. Family and office informed; locksmith "
    "booked.",
]
