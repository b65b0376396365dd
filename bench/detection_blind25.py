"""BLIND-25: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b25 on 2026-12-05 at about 01:00 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Voice: data exports and forms. Rows of a rota or client-database export pasted into an email
(CSV and pipe-separated), key=value and 'Field: value' lines from a care-management system
(Access notes, Entry method, Property access, Key holder, audit trails and change
notifications), JSON-like snippets pasted by an IT person, the access section of a care-plan
template or referral form, and the mail-merge letters generated from those records. Roughly
40 % very short (one field, one cell note, a subject line), 30 % one or two sentences, and
30 % long records with several other numbers (visit times, phone numbers, house and flat
numbers, client and visit IDs, dates, postcodes) around the code.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on ecf417e (2026-12-05 01:05 UTC, `bench/bench_detection.py --parts blind25`, seed 10,
scale 1): recall 95.50%, precision 97.45%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND25_POSITIVE = [
    # --- very short: one field, one cell, a subject line ---
    "Key safe: {code}",
    "Entry method: Key safe (code {code})",
    "Access notes: keysafe left of front door, code {code}",
    "keysafe_code={code}",
    '"key_safe_code": "{code}",',
    "Property access | Key safe | {code}",
    "Door entry code: {code}",
    "Communal door: {code}, then lift to 3rd floor",
    "KS: {code} (right of porch)",
    "Gate code - {code}",
    "Alarm: {code} to unset",
    "Padlock on side gate: {code}",
    "ENTRY_METHOD=KEYSAFE; KEYSAFE_CODE={code}",
    "Key holder: n/a - key safe {code}",
    "Lock box by garage door, combination {code}",
    "RE: keysafe code for Mr Okafor - it's {code}",
    "Access: KS {code}",
    '{{"access": "keysafe", "code": "{code}"}}',
    "Main entrance keypad: {code}",
    "Back door key is in the lock box, code {code}.",
    "Intruder alarm code: {code}",
    "Door entry (block): {code} then press bell",
    "Keysafe code: old code removed, new code {code}",
    "access_code: {code}  # front keysafe",
    "Field 'Key safe code' changed to {code} by J. Patel",
    "Bin store / side gate keypad - {code}",
    "Entry: communal door {code}, flat door opened by client",
    "Key safe code (office use only): {code}",
    # --- one or two sentences ---
    "Hi all, pasting the access section from the care plan so it's in one place: Entry method: "
    "key safe to the left of the front door. Code: {code}.",
    "Exported from the system this morning - Property access: 'Key safe on wall by back door, "
    "code {code}. Please scramble after use.'",
    "Could you update Mrs Hughes's record? The family have changed the key safe and the new "
    "code is {code}.",
    "Dear Carer,\nTo let yourself in at your first visit, please use the key safe by the front "
    "door. The code is {code}.\nKind regards,\nCare Coordination",
    "The pipe export drops the access column, so here it is by hand: Mr Dunn | Keysafe | {code}",
    "Key holder: daughter (Sarah). If she is unavailable the key is in the lock box under the "
    "meter cupboard, code {code}.",
    "Alarm panel is behind the front door - enter {code} within 30 seconds or it will go off.",
    "Access notes field reads: 'Carers to use the communal entrance, door code {code}, flat is "
    "on the ground floor.'",
    "I've set entry_method to KEYSAFE and put {code} in the access_code column, can someone "
    "check the import picked it up?",
    "Care plan section 4 (Access to the home): Mr Bell cannot answer the door. Staff to use "
    "the key safe, code {code}.",
    "New starter notes for the Elm Road round: the gate keypad code is {code}, then press the "
    "tick key.",
    "Field mapping looks fine now, e.g. row 12 came through as KeysafeCode={code}, "
    "KeysafeLocation=left of garage.",
    "Dear Mr Ahmed,\nThank you for agreeing to a key safe. For our records, the code you have "
    "set is {code}. Please let us know if you change it.",
    "Secure note added: front door padlock combination {code}. Do not share outside the care team.",
    "Entry method: door entry system. Press flat 2 then enter code {code} on the keypad.",
    "Could you copy the keysafe code across to the new system? In the old one it's stored as "
    "KS_CODE and reads {code}.",
    "Property access: Key safe\nKey safe location: left of front door, behind the downpipe\n"
    "Key safe code: {code}",
    "For the night team: the small safe in Mr Cole's bedroom, where his medication is locked "
    "away, opens with {code}.",
    "From the referral form, 'How will carers get in?': Key safe installed by the council, "
    "code {code}.",
    "Mail merge preview looks right: 'Your carer will let themselves in using the key safe "
    "(code {code}) at the front of the property.'",
    "Pasting the one row that failed validation: Mrs R Evans,KEYSAFE,{code},Front porch,Active",
    # --- long, with other numbers around the code ---
    "Client export (Northfield round), 14/03:\nName: Mrs Joan Price\nAddress: 27 Ashdown Close, "
    "NF4 2QT\nPhone: 01632 960471\nVisits: 07:30, 12:15, 17:30, 21:00\nEntry method: Key safe\n"
    "Key safe code: {code}\nNOK: son, 07700 900318",
    '{{\n  "client_id": 20417,\n  "name": "Mr T Walsh",\n  "address": "Flat 9, Beacon House",\n'
    '  "visits_per_day": 4,\n  "access": {{\n    "method": "door_entry",\n    "code": "{code}",\n'
    '    "notes": "buzz flat 9 if the code fails"\n  }}\n}}',
    "Date | Time | Client | Carer | Access\n12/05 | 08:00 | Mrs Green | Ana | KS {code}\n"
    "12/05 | 09:15 | Mr Shah | Ana | family let in\n12/05 | 10:30 | Mrs Lowe | Ana | lives with husband",
    "ACCESS TO THE HOME\n1. Main entrance: communal door, code {code}.\n2. Flat: 14, second floor, "
    "lift available.\n3. Key holder: daughter, Lisa, 07700 900552.\n4. Pets: one cat, keep inside.\n"
    "5. Leaving: check back door, close windows, pull front door to.",
    "Dear Mrs Clarke,\n\nRe: Care package starting Monday 3 June\n\nYour carers will visit four "
    "times a day, at about 08:00, 12:30, 17:00 and 20:30. As agreed at the assessment on 28 May, "
    "they will let themselves in using the key safe beside your back door, which is set to "
    "{code}.\n\nIf you need to change a visit please ring the office on 01632 960 200 (option 2)."
    "\n\nYours sincerely,\nCare Coordinator",
    "client_ref=NK-3318\nsurname=Morris\npostcode=NK7 1BD\nvisit_mins=45\ncarers_required=2\n"
    "entry_method=keysafe\nkeysafe_location=behind bin store\nkeysafe_code={code}\n"
    "alarm_fitted=N\nlast_review=2024-02-19",
    "Audit trail, record 55102:\n09/04 10:12 Status: Active -> Active\n09/04 10:13 Property "
    "access: 'Key holder' -> 'Key safe'\n09/04 10:13 Key safe code: '' -> '{code}'\n"
    "09/04 10:14 Visit length: 30 -> 45",
    "Mon 08:00-08:30 Mr P Hill, 6 Orchard Way. Double up with Kemi. Access: gate code {code}, "
    "then knock, wife answers. Mobility: hoist, 2 carers. Meds: 08:00 and 13:00.",
    "Import failed on 3 of the 212 rows. Line 87 is the one breaking it, there's an extra pipe "
    "in the notes:\n87|Mrs A Kaur|Flat 4, 19 Mill Lane|DOOR_ENTRY|{code}|press 4 then bell|x\n"
    "I'll strip pipes from the notes field and rerun tonight.",
    "REFERRAL - HOME CARE\nNHS no: 943 476 5919\nDOB: 02/11/1938\nGP: Dr Ellis, Parkside "
    "Surgery, 01632 960 884\nHow will carers access the property? Key safe (installed 2021), "
    "code {code}\nAny hazards? Steep steps at rear.",
    "Property access\nEntry method: son lets carers in at 08:00, leaves the door on the latch "
    "for the lunch call\nAlarm: panel in hallway cupboard, 30 sec delay\nAlarm unset code: "
    "{code}\nMonitoring centre: 0800 015 4433",
    "Dear Mr Holt,\nYour first visit is on 14/06 at 09:30. Your carer, <<CarerName>>, will use "
    "the key safe code {code} to let themselves in. If this is wrong please call 01632 960 200.",
    "Visit ID,Date,Start,End,Client,Postcode,Access\n884120,17/06,07:45,08:15,Mrs Ford,NK2 8LP,"
    "Keysafe {code}\n884121,17/06,08:30,09:00,Mr Ball,NK2 9DE,Daughter lets in",
    "Property: 3 Cedar Court (shared house, 4 tenants)\nFront door: keypad {code}\nStaff office: "
    "key on lanyard\nFire assembly point: car park\nOn-call: 07700 900 771",
    "Exported from the old CMS as key=value, one client per line:\nid=30217;name=E. Shaw;round=B;"
    "access=KS;ks_code={code};ks_loc=garage wall;visits=3",
    "SECTION 6 - ACCESS\n[x] Key safe   [ ] Key holder   [ ] Client answers door\nLocation of "
    "key safe: on the wall under the kitchen window\nCode: {code}\nReviewed: 11/01 by RM, next "
    "review due 11/07",
    "Changes since last export (01/08 - 31/08):\n- Mrs Nolan: visits 3 -> 4 per day\n- Mr Tran: "
    "hospital admission 22/08\n- Mrs Ruiz: key safe code changed to {code} after break-in "
    "attempt\n- Mr Adey: new NOK number 07700 900 143",
    "Dear Ms Barker,\nFurther to your call on 9 October, we have updated your father's record. "
    "Property access now reads: 'Communal door code {code}; flat 22 on the 2nd floor; key safe "
    "inside porch no longer used.' Please ring 01632 960 200 if anything else changes.",
    "Pasting from the spreadsheet for the weekend cover:\nRow 4: 23 Fern Rd | Mrs Dale | "
    "08:15 / 13:00 / 18:30 | padlock on back gate {code} | cat\nRow 5: 7 Fern Rd | Mr Oduya | "
    "09:00 | key holder next door (no. 9) | -",
    '"visits": [\n  {{"time": "08:00", "client": "Mr Reid", "entry": "keysafe", "entry_code": '
    '"{code}"}},\n  {{"time": "09:30", "client": "Mrs Amos", "entry": "client opens", '
    '"entry_code": null}}\n]',
    "Key holder 1: Neighbour, Mrs Lee, no. 41, tel 01632 960 317\nKey holder 2: none\nKey safe: "
    "yes\nKey safe code: {code}\nEntry instructions: ring bell twice before going in, client is "
    "hard of hearing",
    "Hi Tom, for the test dataset I've anonymised everything except the access field, which we "
    "need for the masking test. Sample row: Client=REDACTED, DOB=REDACTED, Access=Key safe "
    "{code}, Visits=4, Round=C.",
]

BLIND25_TABLES = [
    (["Client", "Address", "Entry method", "Key safe code"],
     ["Mrs D Harper", "12 Linden Ave", "Key safe", "{code}"]),
    (["Visit ID", "Date", "Start", "Client", "Access notes"],
     ["884301", "18/06", "07:30", "Mr K Boateng", "KS {code} left of door"]),
    (["ClientRef", "Surname", "EntryMethod", "EntryCode", "KeyHolder"],
     ["NK0412", "Fisher", "DOOR_ENTRY", "{code}", "N/A"]),
    (["Property", "Front door", "Communal door", "Alarm"],
     ["Flat 6, Heron Court", "Key in key safe", "{code}", "None"]),
    (["Name", "Round", "Visits/day", "Property access"],
     ["Mr L Grant", "C", "4", "Gate keypad {code}, then knock"]),
    (["Key safe location", "Key safe code", "Last changed"],
     ["Behind downpipe, front", "{code}", "03/2024"]),
    (["Service user", "Postcode", "Alarm code", "Monitoring co."],
     ["Mrs P Obi", "NK3 5RW", "{code}", "Careline"]),
    (["Carer", "Time", "Client", "Access"],
     ["Joy", "12:15", "Mr Evans", "lock box {code}"]),
    (["field", "value"],
     ["keysafe_code", "{code}"]),
    (["Client", "Key holder", "Key safe", "Notes"],
     ["Mrs Shah", "Son (Ravi)", "{code}", "Hard of hearing, knock loudly"]),
    (["Site", "Main gate", "Staff door", "Out of hours contact"],
     ["Cedar Court", "{code}", "fob", "07700 900 771"]),
    (["Client", "Padlock (side gate)", "Back door"],
     ["Mr Hale", "{code}", "bolted, use front"]),
    (["Access type", "Access code", "Location", "Verified by"],
     ["Keysafe", "{code}", "Left of porch", "RM 14/02"]),
]

BLIND25_TRAPS = [
    # --- very short ---
    "Key safe ordered, PO {n}",
    "Entry method: key holder (daughter), work ext {n}",
    "keysafe_installed={year}",
    '"client_id": {n}, "access": "keysafe"',
    "Key safe code: held in office, not emailed (ref {n})",
    "Door entry: Flat 12, press buzzer and wait (visit {time})",
    "Padlock, 40 mm brass, product code {n}",
    "Access notes: carers arrive {time}, client opens door",
    "Key safe: Supra C500 Pro, invoice {n}",
    "Gate repaired, job no. {n}",
    "Alarm fitted {year}, monitored by Careline",
    "Padlock replaced - receipt {n} attached",
    "KS_CODE=; KS_NOTE=code with office, ticket {n}",
    "Property access | Key holder | ext {n}",
    "Lock box delivered, tracking no. {n}",
    "Communal door: fob issued, fob no. {n}",
    "Access: client answers, allow time (visit at {time})",
    "Keypad battery replaced, works order {n}",
    "Key safe code: see secure notes, record {n}",
    "Alarm company account no. {n}",
    "RE: keysafe install for client {n}",
    "Entry method last reviewed {year}",
    "Intruder alarm: none. Pendant alarm serial {n}",
    "Door entry handset, model {n}",
    "Field 'Key safe code' left blank - see case {n}",
    "Key holder: son, lives at no. 14, landline ext {n}",
    "Gate keypad out of order since {time}, use side path",
    "access_code: null  # client {n} lets carers in",
    "Phoenix key safe, stock code {n}",
    "Rota phone SIM PIN: {n}",
    "Bank card PIN must NOT be recorded - safeguarding alert {n}",
    "Key safe fitted by council, grant ref {n}",
    "Communal door unlocked from {time} on weekdays",
    "Alarm: ring monitoring centre, ext {n}",
    # --- one or two sentences ---
    "Hi, the keysafe for Mr Dunn has been ordered (order number {n}) and should be fitted by Friday.",
    "Dear Carer,\nMrs Ellis will let you in herself. Please ring the bell and allow her time to "
    "reach the door. Visit time: {time}.",
    "Property access: Key safe requested, awaiting install. Until then the daughter lets carers "
    "in - she is on ext {n} at work.",
    "The key safe code is not stored in this system for security. Ring the office on "
    "01632 960 200 and quote client number {n}.",
    "Updated entry_method from KEYHOLDER to KEYSAFE on record {n}; the code itself is in the "
    "locked notes, not in the export.",
    "Gate code field shows {year} but that's the year the gate was fitted, someone put it in "
    "the wrong column - please ignore it.",
    "Alarm: panel by front door, monitored by Careline (contract {n}). Client unsets it herself "
    "before carers arrive.",
    "Can you raise a purchase order for two key safes? Supplier quote ref {n}.",
    "Access notes: communal door is on a fob, fob number {n} is registered to the agency.",
    "The padlock on the side gate is a 4-wheel combination one; the family will give you the "
    "code by phone. Son is on ext {n} at work.",
    "Key holder: Mr Patel at number 17, he is usually in after {time}.",
    "Door entry keypad at Beacon House is being replaced; the housing association job number "
    "is {n}.",
    "Keysafe for client {n}: family have declined a key safe, carers to knock and wait.",
    "Please note the lock box at the office holds the spare van keys, asset tag {n}.",
    "Mail merge error: the Key safe code field printed blank for client {n}, so that letter "
    "was not sent.",
    "The care plan access section is still the {year} template; the new one has a separate box "
    "for alarm details.",
    "The key safe needs a flat surface of at least 100 x 150 mm; the porch wall measured {n} mm "
    "across.",
    "Mileage claim for the keysafe visits on round B: {n} miles in the quarter.",
    "Communal door is propped open for the refuse collection on Tuesdays from {time}; otherwise "
    "press the flat buzzer.",
    "Her mobile phone PIN is {n} - she asked us to note it so she can unlock the phone to call "
    "the office.",
    "Gate: vehicle gate is on a remote, pedestrian gate is unlocked. Remote serial {n} is "
    "written on the back.",
    "Referral {n}: lives at 9 Rowan Walk, the 27 bus stops outside, warden is key holder.",
    "Key safe code column removed from the export (GDPR review, change request {n}); codes are "
    "now only visible in the app.",
    "Padlock on the bin store belongs to the council, we don't need it. Council ref {n}.",
    # --- long, several numbers, none of them a code ---
    "Client export (Northfield round):\nName: Mr Albert Keane\nAddress: 41 Sefton Road, NK4 6JP\n"
    "Phone: 01632 960 228\nVisits: 08:00, 12:30, 17:00\nEntry method: Key holder\nKey holder: "
    "wife, always home\nKey safe code: n/a\nClient ID: {n}",
    '{{\n  "client_id": {n},\n  "name": "Mrs V Cole",\n  "access": {{\n    "method": '
    '"client_opens",\n    "code": null,\n    "notes": "allow 5 mins to reach door"\n  }},\n'
    '  "review_year": {year}\n}}',
    "Date | Time | Client | Carer | Access\n12/05 | {time} | Mrs Green | Ana | KS - code in app\n"
    "12/05 | 09:15 | Mr Shah | Ana | family let in\nJob sheet {n}",
    "ACCESS TO THE HOME\n1. Main entrance: communal door, trades button until 12 noon, otherwise "
    "buzz flat 14.\n2. Flat 14 is on the second floor, lift available.\n3. Key holder: daughter, "
    "Lisa, 07700 900552.\n4. Key safe: not fitted, OT referral made, ref {n}.",
    "Dear Mrs Clarke,\n\nRe: Care package starting Monday 3 June\n\nYour carers will visit at "
    "about {time}, 12:30, 17:00 and 20:30. As discussed, you would prefer to let them in "
    "yourself rather than have a key safe fitted. If that changes we can arrange one through "
    "the council (our account number with them is {n}).\n\nYours sincerely,\nCare Coordinator",
    "client_ref={n}\nsurname=Morris\npostcode=NK7 1BD\nvisit_mins=45\ncarers_required=2\n"
    "entry_method=keyholder\nkeysafe_location=\nkeysafe_code=\nalarm_fitted=Y\n"
    "alarm_provider=Careline\nlast_review={year}-02-19",
    "Audit trail, record {n}:\n09/04 10:12 Status: Active -> Suspended (hospital)\n09/04 10:13 "
    "Property access: 'Key safe' -> 'Key safe (code changed, see secure notes)'\n09/04 10:14 "
    "Visit length: 30 -> 45",
    "Mon {time} Mr P Hill, 6 Orchard Way. Double up with Kemi. Access: gate unlocked in the "
    "day, wife opens the front door. Mobility: hoist, 2 carers. Meds: 08:00 and 13:00. "
    "Mileage from previous call: 3.4",
    "Import failed on 3 of the 212 rows. Line 87 had an extra pipe in the notes field:\n"
    "87|Mrs A Kaur|Flat 4, 19 Mill Lane|DOOR_ENTRY||press 4 then bell|x\nBatch id {n}, "
    "rerun scheduled.",
    "REFERRAL - HOME CARE\nNHS no: 943 476 5919\nDOB: 02/11/{year}\nGP: Dr Ellis, Parkside "
    "Surgery, 01632 960 884\nHow will carers access the property? Client will open the door; "
    "key safe to be fitted by council (job {n})\nAny hazards? Steep steps at rear.",
    "Property access\nEntry method: son lets carers in at 08:00\nAlarm: panel in hallway "
    "cupboard, son sets and unsets it\nMonitoring centre: 0800 015 4433\nAlarm installed: "
    "{year}\nPendant serial: {n}",
    "Visit ID,Date,Start,End,Client,Postcode,Access\n{n},17/06,{time},08:15,Mrs Ford,NK2 8LP,"
    "Keysafe (code in app)\n884121,17/06,08:30,09:00,Mr Ball,NK2 9DE,Daughter lets in",
    "Property: 3 Cedar Court (shared house, 4 tenants)\nFront door: staff fob, fob no. {n}\n"
    "Staff office: key on lanyard\nFire assembly point: car park\nOn-call: 07700 900 771",
    "SECTION 6 - ACCESS\n[ ] Key safe   [x] Key holder   [ ] Client answers door\nKey holder: "
    "neighbour at no. 8, Mrs Burns, 01632 960 604\nCode: n/a\nReviewed: 11/01/{year} by RM",
    "Changes since last export (01/08 - 31/08):\n- Mrs Nolan: visits 3 -> 4 per day\n- Mr Tran: "
    "hospital admission 22/08, discharge expected {time} on 2/09\n- Mrs Ruiz: key safe code "
    "changed after break-in attempt (new code given to the team by phone, not recorded here)\n"
    "- Mr Adey: new NOK number 07700 900 143\n- Invoice run {n} closed",
    "Dear Ms Barker,\nFurther to your call on 9 October, we have updated your father's record "
    "(client number {n}). Property access now reads: 'Communal door - ring flat 22, carer will "
    "be buzzed in; key safe inside porch removed.' Please let us know if anything else changes.",
    "Pasting from the spreadsheet for the weekend cover:\nRow 4: 23 Fern Rd | Mrs Dale | "
    "{time} / 13:00 / 18:30 | back gate padlock - son removes it each morning | cat\nRow 5: "
    "7 Fern Rd | Mr Oduya | 09:00 | key holder next door (no. 9) | -",
    "Key holder 1: Neighbour, Mrs Lee, no. 41, tel 01632 960 317\nKey holder 2: son, ext {n} at "
    "work\nKey safe: no\nEntry instructions: ring bell twice before going in, client is hard of "
    "hearing",
    '"visits": [\n  {{"time": "{time}", "client": "Mr Reid", "entry": "keyholder", '
    '"entry_code": null}},\n  {{"time": "09:30", "client": "Mrs Amos", "entry": "client opens", '
    '"entry_code": null}}\n],\n"round_id": {n}',
    "Invoice {n}\nSupply of 1 x police-approved key safe ..... £69.00\nFitting ..... £35.00\n"
    "VAT ..... £20.80\nTotal ..... £124.80\nFitted at 12 Linden Ave on 3 March",
    "System notification\nClient: Mrs H Doyle (ID {n})\nField changed: Entry method\nOld value: "
    "Key safe\nNew value: Key holder (key safe removed by family)\nChanged by: admin at {time}",
    "Hi Tom, for the test dataset I've blanked the access field on every row: Client=REDACTED, "
    "DOB=REDACTED, Access=REDACTED, Visits=4, Round={n}. The real codes stay in the live system.",
    "visit_start={time}\nvisit_end=\nentry_method=keysafe\nkeysafe_code=<see app>\ncarer_id={n}\n"
    "travel_mins=12",
    "Safe: the client keeps her pension money in a small safe; carers do not have the code and "
    "must not handle cash. Finance ref {n}, last audit 14/02.",
    "Alarm fitted {year}; the code is known only to the client and her son, who live at 5 Ash "
    "Grove. Carers must not set it. Son's work ext {n}.",
]
