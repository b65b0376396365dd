"""BLIND-27: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b27 on 2026-12-05 at about 01:00 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Voice: a UK home-care agency's regional manager and its payroll/HR/office admin, writing
number-heavy emails, rota handovers and memos (mileage, odometer readings, payroll numbers,
invoices, PO numbers, staff IDs, training dates, phone extensions, call times) in which an
access code turns up only now and then; plus a carer's diary-style notes written at the end of
a long day. The traps keep the same key safe / gate / alarm / door-entry talk but the number is
a reference, an invoice, a mileage, an extension, a time, a year or a price. Roughly 40 % very
short (a subject line, a chat line, a cell note), 30 % one or two sentences, 30 % long with
several other numbers around the code.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on ecf417e (2026-12-05 01:05 UTC, `bench/bench_detection.py --parts blind27`, seed 10,
scale 1): recall 89.50%, precision 95.98%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND27_POSITIVE = [
    # very short
    "Mrs Okafor key safe: {code}",
    "KS {code} – Flat 3 Pelham Court",
    "Re: new client Tues – keysafe is {code}",
    "Diary. Mr Bellamy's gate padlock is {code} now, his son changed it.",
    "Alarm code for the office: {code}. Don't share.",
    "Lockbox at no.22 = {code}",
    "communal door {code} then lift to 4th",
    "Subject: Key safe change – Ellis, G – now {code}",
    "New keypad number for Rowan House side door: {code}",
    "door entry {code} then press the bell for flat 6",
    "Key safe code changed to {code} (family request)",
    "Payroll query aside – Mr Dunn's key safe is {code}, Lucy needs it for tonight.",
    "Tonight: keysafe {code}, back door sticks.",
    "Garage padlock {code} – wheelchair kept in there",
    "Gate code {code}, press the green button after",
    "Office safe (petty cash + spare client keys): {code}",
    "Alarm: {code} within 30 seconds of opening the door",
    "key safe behind the water butt, {code}",
    "Mrs Patel's new code is {code} (key safe, left of door)",
    "Bluebell Court main entrance {code}",
    "KEYSAFE - {code} - NOT TO GO ON THE ROTA",
    "Dear diary, in case I forget again: Mr Hale's lock box is {code}.",
    "Bin store gate and side door at Mr Kemp's block are the same code, {code}",
    "fyi Whitcombe keysafe reset to {code} after the locksmith",
    "Door entry for Flat 12 Cedar Lodge: {code}",
    "Spare key in the lock box, combination {code}.",
    "Mrs Tran – key safe {code} – use from Monday",
    "Mr Riley's shed padlock combo is {code}, walker's in there",
    # one or two sentences
    "Hi Sam, Mrs Lawson comes home from hospital on Thursday. Her key safe is to the right of "
    "the front door and the code is {code}.",
    "Lucy, quick one before payroll closes – the Fenwicks changed their keysafe at the weekend, "
    "new number is {code}. Can you update the care plan?",
    "Carers arriving before 8am need the side gate; the keypad on the gate takes {code} and then "
    "the hash key.",
    "Mr Akhtar's daughter asked that the alarm be set when we leave after the tea call. The code "
    "to set and unset it is {code}.",
    "Got home at half nine, shattered. Mrs Cole's key safe jammed again, had to put in {code} "
    "three times before it opened.",
    "The communal entrance at Harbour View has a new keypad. Staff code is {code}, please don't "
    "give it to agency cover without asking me.",
    "For the new starters' shadow shifts next week: Mrs Ward's lock box is under the meter "
    "cupboard, {code}.",
    "Hi all, the office alarm has been reset by the installer. New code {code}, same procedure "
    "as before when you lock up.",
    "Keysafe for Mr O'Neill has been replaced by the council. It's a push-button one now and the "
    "code is {code}.",
    "Diary – rain all day. Remember for Friday: Mrs Ince's back gate is padlocked, combination "
    "{code}, and her key is in the kitchen drawer.",
    "Can someone tell Priya the door entry at Lime Tree Court is {code}? She's been ringing the "
    "warden and there's no answer after 6.",
    "Invoice dispute aside, Mrs Greaves' son confirmed the key safe code is still {code} and he "
    "won't be changing it.",
    "Just to confirm for payroll that Anna did the call: she got in with the key safe ({code}) at "
    "7:40 and left at 8:25.",
    "Mr Sutton's key is in the grey lock box on the garage wall. Combo {code}. Put it back "
    "scrambled.",
    "Keysafe number for the Brennans is {code}. The one on the referral form is their old house.",
    "The stairwell door at Oak Mews has a keypad; the code the landlord gave us is {code}.",
    "Note to self: new communal door code at Fairfield is {code}, tell Jade before Monday's early.",
    "Hi Deb – re the locksmith job you asked about, he fitted the key safe at 14 Mill Lane and set "
    "it to {code}.",
    "The office safe holds the client key fobs. Combination's been changed to {code} – managers "
    "only please.",
    "Tracey's induction is Monday. She'll cover Mr Doyle from Tuesday, his keysafe is {code} and "
    "he likes the door left on the latch.",
    "Key safe: {code}. Located on the left side of the porch, behind the plant pot.",
    # long, with other numbers around the code
    "Hi Karen,\n\nPayroll cut-off is Wednesday at 12 noon so please get the timesheets in. "
    "Mileage for October is 412 miles at 45p.\n\nAlso, new package from the 14th: Mrs Dorothy "
    "Hill, 27 Linden Avenue. Four calls a day (8:00, 12:30, 17:00, 20:30). Key safe on the wall "
    "by the front door, code {code}. Daughter's mobile 07700 900417.\n\nThanks,\nJo",
    "Rota changes w/c 10th:\n- Mon 07:30 Mr Evans (double up with Sian)\n- Tue 13:00 Mrs Lyle – "
    "keypad on the communal door is {code}, flat 9 on the 2nd floor\n- Wed off\nCall the office "
    "on ext 214 if anything clashes.",
    "Tuesday. 11 calls, 63 miles, home at 22:10. Mrs Ruddock was low again, rang the GP on 01632 "
    "960381 and left a message. Mr Ash's gate has a new keypad since his son's visit, it's {code} "
    "now – must tell the office tomorrow. Feet killing me.",
    "Dear Mr Patel,\n\nThank you for your letter of 3 March. I confirm carers will attend at "
    "9.00am and 6.00pm daily from Monday 11th, invoiced monthly in arrears at £24.50 per hour.\n\n"
    "We have noted that the key safe at your mother's address is set to {code}. This is held on "
    "our secure system and we will let you know if it needs changing.\n\nKind regards,\n"
    "Regional Manager",
    "Marta Nowak – DBS renewed 02/05, moving and handling due 14/06, uniform size 12. Marta picks "
    "up the Jenkins run (3 calls, about 9 miles). Jenkins door entry {code}, then flat 17 on the "
    "top floor.",
    "Hi team,\n\nThe training room on the 1st floor is booked for moving and handling on 22 and "
    "23 Nov, 9:30–15:30. Parking is on Station Road, not in the Co-op car park.\n\nThe office "
    "front door now has a keypad instead of the buzzer; code is {code}. The alarm procedure is "
    "unchanged.\n\nHelen (ext 203)",
    "Mileage claim query – Lee\nYou've put 38 miles for the Monday run; the map says 29. Can you "
    "check?\nAlso Mrs Shaw's key safe has been changed by her nephew to {code}. He rang on Friday "
    "at 4:15 and I didn't get chance to update the notes.",
    "Sat 19th. Up at 5:45. First call 6:30 Mr Grant, last one 21:45 Mrs Bevan. Mrs Bevan's "
    "lockbox wouldn't open with the number on the sheet, her neighbour at no. 31 told me it's "
    "actually {code}. Put a note in. 14 hours door to door.",
    "Order for 6 Supra C500 key safes went in today (£54.99 each + VAT). The first one is up at "
    "Mrs Wilde's, 8 Beech Close. The installer set it to {code}; please record it on her file and "
    "bin the delivery note.",
    "Handover for Mon:\n08:00 Mr Kaur – meds from blister pack, pharmacy 01632 960552\n11:30 "
    "Mrs Ivey – shopping, £20 float in the tin\n16:00 Mr Frost – gate keypad {code}, dog in "
    "kitchen\n19:00 Mrs Ivey – tea, bed",
    "From: HR\nSubject: Onboarding – Daniel Obi\n\nDaniel starts 4 Sept, first pay date the 28th. "
    "Uniform size L, ID badge ordered. His first shadow shift is with Chloe at Marsh Court, "
    "10:00–14:00. The communal door code there is {code}; the warden is on ext 12.",
    "Expenses for October attached (receipts 1–14). Parking at the hospital was £6.80 twice and "
    "£3.20 once. Re Mr Tully: the padlock on his back gate is {code}, the front door is bolted "
    "from inside so use the back.",
    "Diary 23rd\nMr Waite cried when I left again. Took 50 mins instead of 30 but I'll only get "
    "paid the 30. Remember his key safe is {code}, the one on the sheet is from his old flat. "
    "Mrs Lomax fine, ate all her soup. Home 21:20.",
    "Karen – on-call handover for the weekend:\n* Mobile 07700 900186 is on charge in the office\n"
    "* Petty cash £42.10\n* Mrs Andrews (new, 12 Elm Grove) – key safe {code}, no pets\n"
    "* Any sickness to me on 07700 900733",
    "Invoice 3 of 4 for the Harding package is overdue (£1,236.00). I spoke to the son, who's "
    "paying Friday. He also asked that we stop using the front key safe as a builder saw the code; "
    "the new one on the side wall is {code}.",
    "Audit note, 12/03: spot check on Laura R. at 10:45. Arrived 3 mins late. Entered via the key "
    "safe (code {code} as per care plan), returned the key and scrambled the dial. MAR chart "
    "complete. Score 9/10.",
    "Training matrix update: 14 staff overdue on safeguarding, 6 on food hygiene. Sessions booked "
    "for the 8th and 15th.\n\nSeparate thing: Mr Cartwright's alarm panel is in the hall cupboard. "
    "If it goes off, the unset code is {code} and the monitoring company is on 01632 960734.",
    "Wk ending 16/11: 37.5 hrs, 212 miles, 3 sleep-ins. Sarah asked me to pass on that the "
    "bungalow at 5 Orchard Row now has a keypad on the door — {code} — instead of the key safe.",
    "Dear all,\n\nFrom 1 December the Riverside Court scheme changes its door entry. Old fobs stop "
    "working at midnight. The new code for the main entrance is {code}; the side door by the car "
    "park stays fob only. Put it in your phone notes, not on the rota.\n\nMany thanks,\nGemma\n"
    "Area Manager, North",
    "Long day. 9 calls, 2 double-ups, 71 miles. Mr Pryce's key safe cover was frozen solid, "
    "boiled the kettle at Mrs Dee's to thaw it. Code's {code} if I'm on him again Thurs. Petrol "
    "£38. Bed.",
    "Hi Paul, I've approved the 4 hours overtime for Sunday at time and a half. Can you do Mrs "
    "Young's 18:30 as well? Her porch has a small lock box, {code}, key is on a blue fob.",
    "Re the complaint from the Morgans – I met the family at 2pm on the 9th with Sue. They want "
    "the team to know the key safe was changed on Monday; the code is now {code}. Complaint "
    "closed, letter to follow within 5 working days.",
]

BLIND27_TABLES = [
    (["Client", "Address", "Call times", "Key safe"],
     ["Mrs D Hill", "27 Linden Ave", "08:00 / 12:30 / 17:00", "{code}"]),
    (["Name", "Run", "Calls", "Access notes"],
     ["M Nowak", "Jenkins", "3", "door entry {code}, flat 17"]),
    (["Service user", "KS code", "KS location"],
     ["Mr Tully", "{code}", "Back gate post"]),
    (["Date", "Client", "Carer", "Miles", "Notes"],
     ["12/03", "Mr Pryce", "Laura R", "14", "keysafe {code}"]),
    (["Name", "Postcode", "Door entry", "Floor"],
     ["Mrs Lyle", "LS6 2AB", "{code}", "2"]),
    (["Property", "Alarm code", "Monitoring co."],
     ["5 Orchard Row", "{code}", "Careline"]),
    (["Client no.", "Surname", "Forename", "Access", "Code"],
     ["431", "Andrews", "Joan", "Key safe", "{code}"]),
    (["Shift", "Start", "End", "Client", "Gate"],
     ["AM", "07:30", "08:15", "Mr Frost", "{code}"]),
    (["Week", "Hours", "Sleep-ins", "Key info"],
     ["w/e 16/11", "37.5", "3", "Orchard Row keypad {code}"]),
    (["Client", "Lockbox combo", "Spare key with"],
     ["Mr Sutton", "{code}", "Neighbour no. 31"]),
    (["Scheme", "Main door", "Side door", "Warden ext"],
     ["Riverside Court", "{code}", "fob only", "12"]),
    (["Surname", "First name", "Padlock (shed)", "Notes"],
     ["Riley", "Tom", "{code}", "walker kept in shed"]),
    (["Visit", "Time in", "Time out", "Entry method"],
     ["Tea", "17:02", "17:34", "key safe - {code}"]),
]

BLIND27_TRAPS = [
    # very short
    "PO {n} – key safes x6 from the locksmith",
    "Keysafe fitting invoice {n} – paid",
    "Staff no. {n}, key holder training booked",
    "Alarm monitoring centre: ext {n}",
    "Odo {n} leaving the office, key safe run",
    "Door entry fault logged, ticket {n}",
    "Electric gate repair quote, ref {n}",
    "Locksmith call-out ref {n}",
    "Key safe is the new one, not the old one fitted in {year}",
    "Keypad battery changed at {time}",
    "Communal door propped open again at {time}",
    "Payroll no. {n} – Lucy B – key safe induction done",
    "Rota export ID {n}",
    "Padlock ordered, Screwfix order {n}",
    "Alarm went off at {time}, false alarm, reset by son",
    "Bank letter for Mr Dunn, ref {n}, left on his table unopened",
    "Gate code still not given by family – chased at {time}",
    "Key safe at no. 14 replaced, job {n}",
    "Expense claim {n}: padlock + chain £18.99",
    "Diary: {n} steps today, 11 calls, 2 key safes that stuck.",
    "Intercom model VP{n} – needs a new handset",
    "Alarm installer's job number {n}",
    "Key safe training, {year} cohort",
    "CQC ref 1-{n}, key holding policy attached",
    "Door entry buzzer for the office is ext {n}",
    "Payroll portal PIN reset, IT ticket {n}",
    "Key back in the key safe at {time}",
    "Lock box delivered, tracking {n}",
    "Re: keysafe grant – council ref {n}",
    "New SIM for the on-call phone, serial ends {n}",
    "Gate open from {time} for the bin men",
    "Mileage {n} miles YTD",
    "Subject: Door entry – invoice {n} overdue",
    # one or two sentences
    "Hi Sam, the key safe at Mrs Lawson's was fitted by the council in {year}, so it's theirs to "
    "replace, not ours. Their repairs line is 01632 960200.",
    "Lucy, payroll number {n} has claimed a padlock on expenses. Was that agreed? I can't see a "
    "receipt.",
    "The communal door at Harbour View is broken again. I've reported it to the housing "
    "association, reference {n}; they're coming before {time} tomorrow.",
    "Mr Akhtar's alarm went off at {time} and the monitoring centre called the on-call phone. "
    "Their incident number is {n}.",
    "Diary. Key safe at Mrs Cole's is so stiff it took me till {time} to get in. Logged it, "
    "maintenance job {n}.",
    "Please use the side gate at Oak Mews after {time}; the front one is locked by the caretaker. "
    "Our parking permit number is {n}.",
    "Karen, invoice {n} for the new lock box installations comes to £312 + VAT. OK to pay?",
    "Reminder: key safe codes must never go on the rota. See policy HR-{n}, updated {year}.",
    "The warden says the door entry at Lime Tree Court is being upgraded; the contractor's job "
    "number is {n} if anyone asks.",
    "Anna arrived at {time} via the key safe and left 45 minutes later, timesheet {n} attached.",
    "We're switching key safe supplier; the new model is the Supra C500, catalogue no. {n}, "
    "£54.99 each.",
    "Tracey's work phone is locked (SIM PIN). Asset tag {n}; the PUK is on the original card in "
    "the HR safe.",
    "Diary – Mr Doyle's son took his bank card and changed the PIN. Not our business but I've "
    "noted it, log {n}.",
    "Keysafe for Mr O'Neill is being replaced under grant {n}; until then use the key with the "
    "neighbour at no. 7.",
    "Carer arriving at {time}: knock at flat 3, the door entry is broken. Repair ref {n}.",
    "The padlock for Mr Riley's shed cost £12.99; I've added it to invoice {n}.",
    "Mrs Greaves' son has paid invoice {n} in full and asked us to keep using the key safe as "
    "before.",
    "Door entry at Bluebell Court: press the bell for flat 8, or ring the warden on ext {n}.",
    "The keypad on the office side door died at {time}. Facilities ticket {n}.",
    "The gate at Mr Frost's is on a timer and opens at {time} each morning, no code needed.",
    "Key stage 2 SATs for Priya's son clash with her rota on the 14th; she's asked for the {time} "
    "call to be swapped.",
    "Sian gets the 42 bus, which stops outside the gate at Rowan House at {time}.",
    "Mrs Ward's house number is 112, not 12 as on the referral; key safe is on the left. Client "
    "ID {n}.",
    "Locksmith charged £{n} for the call-out and new lock at Mrs Tran's. Challenge it, that's far "
    "too much.",
    "The alarm at Mr Kemp's has been on the blink since {year}; his son says the new panel is "
    "model {n}.",
    # long, several numbers
    "Hi Karen,\n\nPayroll cut-off is Wednesday at 12 noon. Mileage for October: odometer {n} at "
    "the start of the month, 412 business miles at 45p.\n\nNew package from the 14th: Mrs "
    "Dorothy Hill, 27 Linden Avenue. Calls at 8:00, 12:30, 17:00, 20:30. Key safe is being "
    "fitted on Thursday; I'll phone the code through rather than email it.\n\nThanks,\nJo",
    "Rota changes w/c 10th:\n- Mon {time} Mr Evans (double up)\n- Tue 13:00 Mrs Lyle, communal "
    "door – buzz flat 9 and she'll let you in\n- Wed off\nRota ref {n}. Call the office on ext "
    "214 if anything clashes.",
    "Tuesday. 11 calls, 63 miles, odo {n}. Home at {time}. Mrs Ruddock low again, rang the GP on "
    "01632 960381. Mr Ash's gate keypad is broken so it's just on the latch. Feet killing me.",
    "Dear Mr Patel,\n\nThank you for your letter of 3 March. I confirm carers will attend at "
    "9.00am and 6.00pm daily, invoiced monthly at £24.50 per hour, account {n}.\n\nPlease don't "
    "write the key safe code in letters or emails; our coordinator will phone you on Monday to "
    "take it.\n\nKind regards,\nRegional Manager",
    "Staff ID {n} – Marta Nowak – DBS renewed {year}, moving and handling due 14/06. Marta takes "
    "the Jenkins run from Monday; the door entry details are on the secure app, not here.",
    "Hi team,\n\nTraining room booked for 22 and 23 Nov, {time}–15:30, room 104 on the first "
    "floor. Parking permits are numbered from {n}; the car park barrier opens when you press the "
    "intercom and give your name.\n\nHelen (ext 203)",
    "Mileage claim query – Lee\nYou've put 38 miles for Monday; the map says 29, and your odo "
    "reading says you started at {n}. Can you check?\nAlso Mrs Shaw's nephew changed her key safe "
    "on Friday and will give the new code to the coordinator by phone.",
    "Purchase order PO-{n} raised for 6 x Supra C500 key safes (£54.99 each + VAT). Delivery to "
    "the office by {time} Thursday. Installer booked for the 18th at Mrs Wilde's, 8 Beech Close.",
    "Handover for Mon:\n08:00 Mr Kaur – meds, pharmacy 01632 960552\n11:30 Mrs Ivey – shopping, "
    "£20 float\n{time} Mr Frost – gate is left open, dog in kitchen\nOn-call log ref {n}",
    "From: HR\nSubject: Onboarding – Daniel Obi (staff no. {n})\n\nDaniel starts 4 Sept. "
    "Uniform L, ID badge ordered, fob for the office front door issued (fob no. 117). First "
    "shadow shift at Marsh Court {time}–14:00 with Chloe, who'll show him the door entry.",
    "Expenses for October (claim {n}) attached. Parking at the hospital £6.80 twice, a new padlock "
    "for the office bike shed £14.50, keys cut for the key safe at Mrs Ince's £8.",
    "Diary 23rd\nMr Waite cried when I left again. 50 mins instead of 30. Key safe at his was "
    "fine tonight. Mrs Lomax ate all her soup. Home {time}. Phone PIN locked out again so I'll "
    "do my notes tomorrow.",
    "Karen – on-call handover:\n* Mobile 07700 900186 on charge\n* Petty cash £42.10, safe log "
    "page {n}\n* Mrs Andrews (new, 12 Elm Grove) – key safe being fitted Tues, use the "
    "neighbour's key till then\n* Any sickness to me on 07700 900733",
    "Invoice {n} for the Harding package is overdue (£1,236.00). The son is paying Friday and "
    "says the builders have finished, so the side gate will be locked again from {time} on "
    "Monday and we go back to the front key safe.",
    "Audit note: spot check on Laura R. at {time}. Arrived 3 mins late. Entered via the key safe "
    "and scrambled the dial after. MAR chart complete. Audit ID {n}, score 9/10.",
    "Training matrix: 14 overdue on safeguarding, 6 on food hygiene. Course code {n}. Alarm panel "
    "training for the 3 carers on Mr Cartwright's package is with the installer on the 8th at "
    "{time}.",
    "Wk ending 16/11: 37.5 hrs, {n} miles YTD, 3 sleep-ins. Bungalow at 5 Orchard Row now has a "
    "keypad on the front door instead of the key safe; the family will ring the office with the "
    "number.",
    "Dear all,\n\nFrom 1 December Riverside Court changes its door entry system. Old fobs stop at "
    "midnight and the new fobs (serials from {n}) are in the office. No codes, fob only.\n\n"
    "Gemma\nArea Manager, North",
    "Long day. 9 calls, 2 double-ups. Mr Pryce's key safe cover was frozen again. Petrol £38, "
    "odo {n}. Bed by {time} hopefully.",
    "Hi Paul, approved the 4 hrs overtime for Sunday, payroll ref {n}. Can you do Mrs Young's "
    "{time} as well? Spare key is with her daughter at no. 41, the lock box is empty.",
    "Re complaint {n}: met the family at 2pm. They were unhappy the key safe was left open on "
    "Monday at {time}. Apology letter sent, complaint closed.",
    "Key safe and door security course today, certificate no. {n}. The tutor said half the key "
    "safes fitted since {year} are the cheap type that can be forced.",
    "Payroll summary, period 8:\nBasic hrs 1,204\nOvertime 86.5\nSleep-ins 14\nMileage total "
    "£{n}\nNote: the new office alarm was fitted on the 3rd, installer's invoice to follow.",
    "Can I book leave for the week of the 14th? My staff ID is {n}. Mrs Bevan's neighbour at no. "
    "31 has agreed to hold her spare key while I'm off, back {time} on the Monday after.",
    "Hi Deb – for the PO you asked about: PO {n}, 14 Mill Lane, key safe fitting, £95 + VAT, "
    "installer booked for {time} on the 2nd.",
    "Gate and door entry survey for Lime Tree Court: 48 flats, main gate 1.8m, keypad mounted at "
    "1.2m. Survey ref {n}, dated {year}.",
]
