"""BLIND-22: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b22 on 2026-12-05 at about 01:00 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Voice: a home-care agency's quality and compliance manager and a CQC-style inspector, formal
but hurried: audit findings, spot-check reports and sheets, care-file reviews that quote what
the client's file says ("file states key safe ..."), action plans, supervision and incident
notes, and a new trainee carer's first-week reflective log. Roughly 40 % very short (a finding
line, a subject, a cell note), 30 % one or two sentences, 30 % long notes with times, dates,
phone numbers and house or flat numbers around the code or the harmless number.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on ecf417e (2026-12-05 01:05 UTC, `bench/bench_detection.py --parts blind22`, seed 10,
scale 1): recall 93.50%, precision 98.68%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND22_POSITIVE = [
    # very short
    "File states key safe {code}.",
    "Spot check: key safe {code} written on inside cover of care plan.",
    "Keysafe {code} - confirmed with client at review.",
    "Care file p.2: 'door code {code}'",
    "Finding: communal door code {code} handwritten on MAR chart.",
    "Alarm code recorded as {code} in the home file.",
    "Day 2 - key safe was {code}, opened it first go.",
    "Lock box {code} (per NOK, not verified).",
    "Gate keypad {code} - file and rota agree.",
    "Re audit: padlock on side gate is {code}.",
    "Key safe code in file ({code}) still current per client.",
    "Front door keypad: {code}",
    "Action: remove 'KS {code}' from front sheet.",
    "Observed: key safe {code} written on whiteboard in office.",
    "Entry code {code} - checked on visit 14/03.",
    "Shed padlock combination {code}, per file.",
    "Trainee log: Mrs P's key box is {code}.",
    "Building entry: {code} then flat buzzer.",
    "Subject: audit follow-up - key safe {code} still on rota notes",
    "Safe in bedroom (meds) - code {code}.",
    "Key safe at rear, {code}, per care plan section 1.",
    "Alarm unset code: {code}.",
    "Verified key safe number {code} with coordinator.",
    "Care plan states: 'Key in keysafe, code {code}'.",
    "Key safe re-set to {code} after audit.",
    "Reflective log: wrote the key safe code ({code}) in my notebook, told not to.",
    "Porch keysafe - {code}.",
    "Main entrance keypad code {code} (sheltered scheme).",
    "RE: Mr H access - key safe now {code}",
    # one or two sentences
    "During the care-file review I found the front sheet states 'key safe {code}, left of door'. "
    "This should be held in the secure access record only.",
    "Spot check at 10 Acacia Close: carer confirmed the key safe code as {code} and it matched the "
    "file. No concerns with practice observed.",
    "The inspector noted that the code for the communal door ({code}) was visible on the rota "
    "printout left in the car.",
    "First week reflection: I was nervous at my first solo call but the key safe code {code} worked "
    "and Mrs D was expecting me.",
    "Audit finding 3: the care plan records the alarm code as {code} in free text. Please move this "
    "to the restricted field.",
    "File states lock box by garage, code {code}. Client's daughter confirmed this is correct as of "
    "last week.",
    "Quality visit note - the gate keypad at the bungalow is {code}; staff were using it correctly "
    "and closing the gate behind them.",
    "Key safe changed by family. New code {code}, old one no longer works. Please update the access "
    "record today.",
    "Staff member could not remember the door code so I gave it to her by phone: {code}. Recording "
    "this as a learning point.",
    "I observed the carer read the key safe code {code} aloud on the doorstep within earshot of a "
    "neighbour. Discussed at supervision.",
    "Padlock on the back gate is {code}, per file; the front is not used as the path is unsafe.",
    "Care file (section A, access): 'Communal door {code}, flat on second floor, knock loudly.'",
    "In my shadow shift we used the keysafe, code {code}, and Julie showed me how to scramble the "
    "dial afterwards.",
    "Alarm panel by the back door - code {code}. Client asks that it is set when leaving after the "
    "tea call.",
    "Finding: two different key safe codes recorded for the same client. The correct one, confirmed "
    "today, is {code}.",
    "As discussed at the close-down meeting, the key safe code for Mr H is {code}; please ensure the "
    "file is amended.",
    "Reflective log, day 4: the door entry code is {code} but the buzzer for the flat does not work, "
    "so I had to ring the client.",
    "Evidence seen: laminated card in the client's kitchen reading 'Carers - key safe {code}'. "
    "Client's own choice, recorded in consent.",
    "The key safe at the side door uses {code}. I tested it during the spot check and it opened.",
    "Safe for medication in the hall cupboard, combination {code}, per MAR guidance sheet.",
    "For the unannounced visit tomorrow: lock box code {code}, the key opens the porch only.",
    # long, with other numbers around
    "Spot check report - 12 May\nCarer: A. Okafor\nClient: Mrs L, 27 Beech Road\n"
    "Arrival 08:40 (rota 08:30), departure 09:15.\nAccess: key safe {code}, used correctly and dial "
    "scrambled.\nPPE: apron and gloves worn.\nOutcome: satisfactory.",
    "Care file review, Mr T (DOB 03/11/1938). Section 1 front sheet lists GP surgery 01632 960418, "
    "NOK son on 07700 900512, and 'door entry {code}, flat 6 on first floor'. The access detail "
    "must be moved to the restricted record. Review due again in 3 months.",
    "Audit of 10 files, findings summary:\n1. Four files had out-of-date risk assessments.\n"
    "2. One file (Mrs B) had the key safe code written in the daily notes: {code}.\n"
    "3. Two MAR charts unsigned on 2 and 5 June.\nAction plan to follow by Friday.",
    "Reflective log - week 1, Thursday\nCalls at 07:30, 09:00 and 12:15. At the first call the key "
    "safe was {code} and it stuck, so I rang the office on 01632 960221 and they talked me through "
    "it. I learned to push the lever down before turning the dials. Felt more confident by the "
    "lunch call.",
    "Inspection evidence log, item 14: rota printout dated 21/08 found in staff room. Lists 9 "
    "clients for the evening run with addresses and, against 23 Mill Lane, 'keysafe {code}'. "
    "Printout not shredded. Rated as a breach of the data protection policy.",
    "Action plan following audit on 4 March\nIssue: access codes held in free text.\n"
    "Example: Mrs K's file, page 3, 'gate code {code}'.\nAction: move to secure field, redact "
    "paper copy.\nOwner: Registered Manager. Deadline: 18 March.",
    "Spot check, 16:45 teatime call, 2 carers. Both used the communal door code {code} and went to "
    "flat 12 on the third floor. Observed good moving and handling with the hoist (last serviced "
    "09/2025). Medication given at 17:05 and recorded. No issues.",
    "Care file audit - Mr and Mrs G, 4 Orchard Way. The file states 'key safe {code} left of "
    "garage, alarm not used'. Client profile updated 02/01, care plan signed, 4 calls daily, "
    "45 minutes each. Recommend the access line is removed from the front page before the next "
    "file check.",
    "Hi all, summary of today's spot checks (3 done):\n- 09:10, Mrs R: fine.\n- 11:30, Mr W: carer "
    "20 min late, traffic.\n- 14:00, Miss J: new key safe fitted, code {code}, carer had been told "
    "by the family but the office had not. Please update.\nThanks",
    "Reflective account for my induction portfolio (Care Certificate standard 9). On my third day "
    "I arrived at a bungalow and the client's alarm went off as I came in. The office told me the "
    "alarm code was {code}, and I switched it off. I now know to check access details before each "
    "call, not on the doorstep.",
    "Mock inspection, well-led domain. At the office I was shown a notice board with the week's "
    "rota (36 clients, 14 staff). Handwritten next to one client's name: 'padlock {code} on the "
    "side gate'. The board faces the front window. Immediate action requested.",
    "File note, 10/10: client's son phoned at 14:20 to say he had changed the key safe. New code is "
    "{code}. He will be at the property on Saturday between 10 and 12 if anyone needs to check. "
    "Care plan and rota updated by coordinator.",
    "Supervision record (probation review, week 2)\nStrengths: punctual, kind manner.\n"
    "Area to develop: confidentiality. Wrote 'Mr P keysafe {code}' on the back of her hand on 3 "
    "occasions and on a sticky note left in her car.\nAgreed: use the app only. Review in 2 weeks.",
    "Quality report, Q3\nFiles audited: 40\nCompliant: 33\nIssues: access details in free text (2), "
    "missing body maps (5).\nExample quoted from file 17: 'Door code {code}, ring bell twice "
    "first'.\nOverall rating: requires improvement.",
    "Hi Sam, following my visit at 11:00 today to 8 Kings Court: the entry keypad for the block is "
    "{code}, the flat is number 21 on the second floor and the lift is out of order until the "
    "30th. Please share with the two new starters on Monday's round only.",
    "Unannounced spot check, evening call 19:30-20:00. Carer arrived 19:34, used the keysafe "
    "({code}) and returned the key at 19:58. Client said the carer 'always locks up properly'. "
    "Observed handwashing for 20 seconds. Medication: paracetamol 500 mg x2 given.",
    "Care-file review notes for Mrs E, aged 91. Page 1: GP, NOK (daughter, 07700 900733), "
    "allergies (penicillin). Page 2: 'Access - lock box at back door, code {code}; dog in kitchen, "
    "keep door shut.' Page 5: falls risk reviewed 01/09.",
    "Trainee log, Monday. 6 calls, first at 07:15. Three clients have key safes; the one at no. 42 "
    "is {code}, the other two I was given on the app. I got lost finding no. 3a and was 10 minutes "
    "late. My buddy said to always allow extra time in the first week.",
    "Inspection finding (Safe): at 2 of 6 homes visited the access details were displayed inside "
    "the property. In one, a note on the fridge read 'Carers: gate {code}, then key safe round the "
    "back'. Providers should ensure codes are not visible to visitors.",
    "Incident review, 03/02: carer could not gain entry at 07:45. The file listed the old keysafe "
    "code; the correct one is {code}, changed by the family on 28/01 and not passed on. Client "
    "missed breakfast medication by 50 minutes. Lessons learned shared at team meeting.",
    "Spot check sheet\nDate: 22/07   Time: 12:30\nAddress: 15 Hollow Lane\nAccess method: key safe\n"
    "Code: {code}\nCarer ID badge worn: Y\nUniform: Y\nComments: code also written on rota, to be "
    "removed.",
]

BLIND22_TABLES = [
    (["Client", "Address", "Key safe"], ["Mrs A. Hughes", "14 Elm Road", "{code}"]),
    (["File ref", "Section", "Finding", "RAG"], ["F-112", "Front sheet", "Key safe {code} in free text", "Red"]),
    (["Service user", "Access type", "Access code", "Verified"], ["Mr D", "Key safe", "{code}", "Yes"]),
    (["Date", "Time", "Carer", "Client", "Access", "Notes"],
     ["12/05", "08:40", "A. Okafor", "Mrs L", "Keysafe {code}", "Dial scrambled"]),
    (["Audit item", "Evidence", "Outcome"], ["Access details secure", "Rota shows door code {code}", "Not met"]),
    (["Name", "Door entry", "Flat", "Floor"], ["Miss J", "{code}", "21", "2"]),
    (["Client", "Key safe code", "Alarm code", "Notes"], ["Mr H", "n/a - family let in", "{code}", "Set on leaving"]),
    (["Week", "Client", "Gate padlock", "Comments"], ["Wk 1", "Mrs K", "{code}", "Side gate only"]),
    (["Action no.", "Issue", "Example", "Owner", "Due"],
     ["3", "Codes in daily notes", "'key safe {code}' p.4", "RM", "18/03"]),
    (["Spot check ID", "Location", "Lock box", "Result"], ["SC-09", "Bungalow, rear", "{code}", "Opened"]),
    (["Property", "Communal entrance code", "Key location"], ["Kings Court", "{code}", "Key safe by bins"]),
    (["Day", "Reflection", "What I learned"],
     ["Tue", "Keysafe at first call was {code}, took 3 tries", "Push lever down first"]),
    (["Client initials", "KS", "Changed on", "Updated by"], ["E.M.", "{code}", "28/01", "Coordinator"]),
]

BLIND22_TRAPS = [
    # very short
    "Key safe order no. {n} - delivery expected next week.",
    "Audit ref {n}: key safe codes held securely. Met.",
    "Keysafe supplier invoice {n} paid.",
    "Spot check at {time}: carer used key safe correctly.",
    "Block built {year}, door entry system original.",
    "Invoice {n} - replacement padlock for side gate.",
    "Alarm company call centre ext. {n}.",
    "Bank card PIN found on note in client's purse, removed. Incident {n}.",
    "Care file {n}: access details stored in secure field only.",
    "Key safe code NOT in file - correct, held in app. Ref {n}.",
    "Gate locked on arrival at {time}; client's son opened it.",
    "Training: key safe and access module, course code {n}.",
    "Odometer {n} at start of round, key safes all fine.",
    "New key safe, product code {n}-BLK, fitted by handyman.",
    "Work phone SIM PIN reset, IT ticket {n}.",
    "Client has lived at the property since {year}; key safe fitted by family.",
    "Alarm pendant ref {n} tested at {time}, working.",
    "Key safe check done {time}, no issues.",
    "Door entry - client buzzes carers in. Warden on ext {n}.",
    "Key safe contract value £{n} per year.",
    "Keypad battery replaced at {time}, job {n}.",
    "Subject: audit {n} - access records, all compliant",
    "Lock box on order, PO {n}.",
    "Communal door repaired, housing repair ref {n}.",
    "Trainee log: arrived {time}, key safe stiff but opened.",
    "Receipt no. {n}, padlock and hasp for the shed.",
    "Entry phone at the block installed {year}.",
    "Care plan reviewed {time} today, access section blank as required.",
    "Alarm call-out logged {time}, false alarm, ref {n}.",
    "Key safe fitted, police approved, certificate {n}.",
    "Front door keypad faulty again - reported to landlord, ref {n}.",
    "Gate: client bought the bungalow in {year}; son lets carers in through the gate.",
    "Reflective log: {time} call cancelled, client in hospital, key safe left locked.",
    # one or two sentences
    "The key safe at the back door was last serviced under job number {n}. The code itself is held "
    "in the secure record and was not seen on any paper copy.",
    "File states key safe in use, code held by office. Care plan reference {n} reviewed and signed.",
    "Spot check arrived {time}; carer already inside and had used the key safe correctly. No "
    "concerns raised.",
    "Please chase the locksmith about invoice {n} for the new lock box at the bungalow. It has been "
    "outstanding for six weeks.",
    "Inspection finding: door entry codes are not held on paper rotas. Evidence reviewed under "
    "audit number {n}. Met.",
    "The client's phone PIN was on a sticky note by the bed; we advised her to remove it. Logged "
    "as safeguarding advice, ref {n}.",
    "Communal door at the block is staffed by a concierge from {time}, so carers sign in at the "
    "desk rather than using a code.",
    "Alarm system installed in {year}, client's daughter now has the only fob. Carers do not need to "
    "set it.",
    "Reflective log, day 3: I learned that the key safe code is never written down. I took the "
    "{time} bus and was on time for my first call.",
    "Padlock on the side gate was cut off by the fire service. Incident number {n}; family arranging "
    "a replacement.",
    "Key safe audit {n} complete: files checked across both branches, no codes found in free text.",
    "Gate keypad out of order. Housing association repair job {n} raised, carers to use the front "
    "path meanwhile.",
    "File states 'access via key safe, see app'. Care file number {n}, reviewed by QA, satisfactory.",
    "Door entry handset in the flat replaced on {time} visit by the warden, asset tag {n}.",
    "Trainee reflective log: today I learned the alarm panel is in the hall cupboard. Client's "
    "house was built in {year} and the wiring is old, so we never touch it.",
    "Action: order two key safes including fitting, PO {n}; finance to approve.",
    "Safe in the bedroom is for the client's jewellery, bought in {year}; carers do not use it.",
    "Key safe fitted on the rear wall with bracket part no. {n}, height agreed with the OT.",
    "Please use extension {n} for the out-of-hours team if the key safe is jammed.",
    "Lock box reviewed as part of audit cycle {year}; policy followed, no action needed.",
    "Communal entrance: visitors sign the book. Visitor log page {n} shows our carers signing in "
    "at {time}.",
    "Spot check: carer locked the door and returned the key to the key safe at {time}. Good "
    "practice noted.",
    "Keypad on the scheme entrance has been replaced under warranty claim {n}.",
    "The alarm code was changed by the family, and the new one was entered in the app, not the "
    "file. Change request {n}.",
    "Inspection visit booked for {time} on Tuesday; please have key safe and access policies ready, "
    "document ref {n}.",
    # long, with other numbers around
    "Spot check report - 14 June\nCarer: B. Mensah\nClient: Mr F, 9 Rowan Close\nArrival {time} "
    "(rota 08:30), departure 09:20.\nAccess: key safe, code not written anywhere, dial scrambled.\n"
    "PPE: worn.\nRecord no. {n}.\nOutcome: satisfactory.",
    "Care file review, Mrs V (DOB 14/02/1936). Front sheet lists GP 01632 960337, NOK son on 07700 "
    "900418, and 'access: key safe, code held by office'. Care package ref {n}. No access detail in "
    "free text. Review again in 3 months.",
    "Audit of 12 files, findings summary:\n1. All access codes held in the restricted field.\n"
    "2. Key safe serial numbers recorded for 3 clients, e.g. {n} (serial only, not the code).\n"
    "3. One MAR chart unsigned on 4 July.\nAction plan to follow.",
    "Reflective log - week 1, Friday\nCalls at 07:30, 09:15 and {time}. At the second call the "
    "keysafe was stiff, so I rang the office on 01632 960115 and they sent the locksmith, job {n}. "
    "I learned to report faults straight away rather than forcing the door.",
    "Inspection evidence log, item 9: rota printout dated 03/09 found in the car. Lists 11 clients "
    "with addresses and call times (first at {time}) but no key safe or door codes. Printout "
    "reference {n}. Still to be shredded.",
    "Action plan following audit on 9 April\nIssue: key safe suppliers not on the approved list.\n"
    "Example: lock box bought online, order {n}.\nAction: replace with police-approved model.\n"
    "Owner: Registered Manager. Deadline: 30 April.",
    "Spot check, {time} teatime call, 2 carers. Both used the communal door intercom and were "
    "buzzed up to flat 14 on the fourth floor. Hoist serial {n}, service "
    "sticker in date. Medication given and recorded.",
    "Care file audit - Mr and Mrs N, 6 Laurel Drive. The file states 'key safe left of garage, "
    "code in app, alarm not used'. Client profile updated 05/03, care plan signed, 3 calls daily. "
    "Package number {n}. No action needed on access.",
    "Hi all, summary of today's spot checks (4 done):\n- 08:50, Mrs S: fine.\n- {time}, Mr B: key "
    "safe jammed, locksmith called, ticket {n}.\n- 13:40, Miss T: fine.\n- 16:10, Mr C: gate "
    "left open, discussed.\nThanks",
    "Reflective account for my induction portfolio (Care Certificate standard 3). On my second "
    "day the client's alarm went off because the pendant was pressed by accident. The monitoring "
    "centre called back and gave incident number {n}. I now know how the alarm pendant works.",
    "Mock inspection, safe domain. In the office the key safe for staff car keys is on the wall "
    "next to the rota (40 clients, 15 staff). It was locked. Office lease ref {n}. No codes "
    "displayed anywhere.",
    "File note, 11/11: client's son phoned at {time} to say he had replaced the key safe and has "
    "updated the code in the app himself. Locksmith invoice {n} to be sent to him, not to us.",
    "Supervision record (probation review, week 3)\nStrengths: punctual, careful with access.\n"
    "Area to develop: mileage logs; mileage claim form {n} not yet checked against "
    "the rota.\nKey safe practice good.\nReview in 4 weeks.",
    "Quality report, Q4, report no. {n}\nFiles audited: 38\nIssues: access details in free text "
    "(0), missing body maps (4).\nExample: file 23 'key safe - see app'.\nOverall rating: good.",
    "Hi Sam, following my visit at {time} to 12 Queens Court: the entry keypad is being replaced "
    "on the 14th, flat 18, lift working again. Housing officer on 01632 960772, repair ref {n}. "
    "Carers will get the new code through the app only.",
    "Unannounced spot check, evening call 19:30-20:00. Carer arrived {time}, used the key safe "
    "and returned the key before leaving. Client said the carer 'always locks up properly'. "
    "Observed handwashing. Check reference {n}.",
    "Care-file review notes for Mrs W, born {year}. Page 1: GP, NOK (son, 07700 900614). "
    "Page 2: 'Access - lock box at back door, see secure record; cat in kitchen.' Page 5: falls "
    "risk reviewed 02/10.",
    "Trainee log, Tuesday. 7 calls, first at {time}. Two clients have key safes, one has a door "
    "entry system at the block (flat 7). The odometer read {n} at the end of the round "
    "and I forgot to log it. My buddy said to use the sat nav.",
    "Inspection finding (Safe): at 0 of 8 homes visited were access details displayed inside the "
    "property. Key safes were in good repair. Report number {n}, issued for the {year} review.",
    "Incident review, 04/03: carer could not gain entry at {time}. The key safe was frozen, not the "
    "wrong code. Locksmith attended after 40 minutes, job {n}. Client had breakfast late; "
    "medication given and recorded.",
    "Spot check sheet\nDate: 23/07   Time: {time}\nAddress: 17 Hollow Lane\nAccess method: key safe\n"
    "Code seen on paper: N\nCarer ID badge worn: Y\nSheet no.: {n}",
    "Action plan, access review {year}\n1. Key safe codes to be changed every 6 months.\n"
    "2. Door entry codes to be held in the app only.\n3. Budget: £{n} for new lock boxes.\n"
    "Owner: QA manager.",
    "Reflective log - day 5\nI shadowed the {time} call at a gated bungalow. The gate padlock was "
    "open already because the gardener was there. The house was built in {year} and has a step, so "
    "I learned about the ramp. Reflection reviewed by my assessor.",
    "CQC-style notes, 3 files sampled. File A: access 'key safe, code in app', funding ref {n}. "
    "File B: door entry via warden. File C: family let carers in from {time}.",
    "Subject: key safe audit results\nHi both, audit ref {n}, 27 key safes checked this quarter; 2 faulty (one at "
    "no. 5, one at no. 19), both replaced. No codes found on paper. Next audit booked for {time} on "
    "the 1st.",
]
