"""BLIND-9: a ninth blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b9 on 2026-12-04 at about 22:50 UTC. The author had not read the
recognizers, the vocabulary or the scan code (server/needtoknow/inspect/), nor the earlier blind
parts, nor their tests; only the part table and generator functions of detection_corpus.py.
Committed before its first run. It is written as office staff whose first language is not English
(Polish, Romanian, Filipino, Nigerian, Zimbabwean, Indian) write in English, plus relatives of
clients writing to the agency: about 40 % very short, 30 % one or two sentences, 30 % long.

Slots: {code} in BLIND9_POSITIVE and in BLIND9_TABLES cells, one code a case; {n} (a number
1000-99999), {year} (1950-2029) and {time} (e.g. 0830) in BLIND9_TRAPS, where no number is a code.

First run on 13ff95d (2026-12-04 22:52 UTC, `bench/bench_detection.py --parts blind9`, seed 10,
scale 1): BLIND-9 recall 90.25 %, precision 89.36 % (39 of 400 positives missed, 43 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND9_POSITIVE = [
    # Very short: notes, texts, rota cells.
    "keysafe {code}", "KS code {code} pls", "Keysave {code}", "Key sef code {code}",
    "{code} key safe", "{code} is the keysafe", "Gate: {code}", "alarm off - {code}",
    "padlock comb {code}", "lockbox {code} (left of door)", "K/safe {code}",
    "Entry {code} then push hard", "code {code} for the box by the door",
    "Communal door {code} ✓", "Keypad: {code} + tick", "KS - {code} - Mr Okafor",
    "Door code has change to {code}", "Alarm pin {code}", "Garage padlock {code}",
    "Gate code : {code} .", "ks {code} / bell not working", "Key safe\n{code}\n(behind drainpipe)",
    "Keysafe number:\n\n{code}", "Cod cutie chei: {code}", "Kod do sejfu na klucze {code}",
    "Ang code ng key safe ay {code}", "use {code} at side gate", "Alarm: {code} then OFF",
    # One or two sentences.
    "Hi Mary, the key safe code for Mrs Dunmore is {code}, please dont share it.",
    "Good morning, kindly note that the keysafe code have been changed to {code} by the son "
    "yesterday.",
    "Please be informed the door entry to the block is {code}, then flat is on 2nd floor.",
    "Mum's key safe is on the wall next to the back door, the numbers are {code}.",
    "Can carers use {code} for the side gate please, the front is blocked by the builders.",
    "The code of the key safe is {code} you must scramble after use.",
    "Dad changed the alarm code to {code} last night so the old one will not work.",
    "For the communal door you press {code} and then the key symbol.",
    "Carer to use key safe ({code}) and return key after call.",
    "Kindly use {code} to open the lockbox, the key is on a blue fob.",
    "Pls the keysafe number i was given ({code}) is not working, is it correct one?",
    "New padlock on the shed, combination {code}, the mobility scooter is inside.",
    "Access: key safe L/H side of front door, {code}.",
    "Mrs Patel daughter ring to say key safe code is now {code}.",
    "Codul de la usa este {code}, va rog nu il dati altcuiva.",
    "Kod do furtki: {code}, potem prosto do drzwi.",
    "Padlock on garden gate is {code}, pls lock after.",
    "Gamitin ang {code} sa gate, tapos kumatok lang.",
    "Key safe ka code {code} hai, chabi wapas rakhna.",
    "Hello its Tunde from night shift, the door keypad is {code} not the old one o.",
    # Long: handovers, care plans, emails from families, several numbers.
    "Handover 14/3: Mr Adeyemi had a good night, ate porridge at 0800. Key safe code {code}. "
    "Pads delivered, 2 packs in the hallway. Next call 1300.",
    "Dear Sir/Madam, I am writing on behalf of my mother, Mrs J Rowe of 27 Elm Close. We have "
    "had a key safe fitted today. The code is {code}. Please make sure only her regular carers "
    "have it. Thank you, Karen",
    "Care plan - Access: Client lives alone in ground floor flat. Main entrance has keypad, press "
    "{code} then the door release. Parking at rear, bay 4.",
    "Rota wk 49\nMon AM - Grace\nMon PM - Bogdan\nAccess for all calls: keysafe {code}\n"
    "Ring the office if late",
    "Hi all, just to update, Mr Hussain's alarm was going off on Tuesday because carer forgot to "
    "put in the code. The alarm code is {code}, you must enter it within 30 second after you open "
    "the door. Thank you, Chipo (coordinator)",
    "Please note for new starters: Mrs Kowalczyk, 9 Rowan Way. There is 2 doors. Back door is "
    "used, key is in the grey key safe under the window, {code}. Do NOT use front door, it is "
    "bolted. Her dog is friendly.",
    "Good afternoon Ma, kindly find below the access details for Mr Olaniyan. Gate opens with "
    "{code} on the keypad, walk to block C, flat 11. Thank you and God bless.",
    "From: Sarah (daughter)\nWe've moved mum's spare key into a lockbox on the fence post because "
    "the old one got rusty. The combination is {code}. Could you pass this on to the carers who "
    "do the tea call? Many thanks.",
    "Message for night carers: hospital discharged Mrs Ellis at 1630, she is home now. Key safe "
    "was reset by the OT to {code}. Medication in blister pack, started from Thursday.",
    "Hello, I am Florin the new senior. For client Mrs Grant the keysafe is broke, we have now "
    "padlock box on the shed door, code {code}. I inform the family already and they are happy.",
    "hi its Joy 😊 at Mr Brown now, gate was locked so I use {code} that Rhoda gave, it work. "
    "just fyi",
    "Visit notes 22/11: Arrived 0745. Key safe {code} was sticky, had to push the numbers hard. "
    "Client in bed, assisted with wash and dress, meds given, breakfast made. Left 0830.",
    "Dear team, Mr Edwards' son have changed the key safe code again without tell us. Correct "
    "code from today: {code}. Please delete the old one from your phone notes and do not write it "
    "on the timesheets.",
    "Access info (from the referral): block of flats, intercom not work, use fob or code {code} "
    "on the panel by the post boxes. Lift to 3rd floor. Key safe is not installed yet.",
    "Dla opiekunek: pani Nowak ma nowy sejf na klucze przy drzwiach, kod {code}. Prosze zawsze "
    "zamknac i pomieszac cyfry po wizycie.",
    "Buna ziua, pentru doamna Smith: cheia este in cutia de langa usa, codul {code}. Va rog sa "
    "verificati ca este inchisa dupa vizita.",
    "To the office - I went to Mrs Lee at 0715 but the key safe code on the app was wrong, her "
    "neighbour came and gave me the right one which is {code}. Please can you update the system. "
    "Regards, Nkechi",
    "Urgent pls: son call, burglary at Mr Dale house last night, police were there. They have put "
    "new key safe, code {code}, the old one is removed. Carers to check windows are lock before "
    "leaving.",
    "Client profile\nName: Mrs D. Ward\nAddress: 4 Hill Rd\nAccess: Key safe {code}\n"
    "GP: Dr Rao\nAllergies: penicillin",
    "Good evening, the son of Mrs Moyo says alarm panel code is {code}, press it and then the "
    "tick button. If it beep long, call him.",
    "Just a reminder everyone, I'm sick of finding Mum's key safe left open. It's not hard, "
    "{code}, get the key, put it back, spin the numbers. Thanks, Paul (son)",
]

BLIND9_TABLES = [
    (["Service user", "Address", "Access"], ["Mr T Boateng", "12 Ash Grove", "KS {code}"]),
    (["Name", "Keysafe code", "Notes"], ["Mrs Iwu", "{code}", "back door"]),
    (["Client", "Door entry", "Call"], ["E. Morris", "{code}", "ring bell first"]),
    (["Day", "Carer", "Client", "Access"], ["Mon", "Anca", "Mrs Reid", "{code} gate"]),
    (["Call time", "Client", "Key safe no."], ["0730", "Mr Lloyd", "{code}"]),
    (["Client", "Alarm code"], ["Mrs Chadha", "{code}"]),
    (["Location", "Type", "Code"], ["Side gate", "keypad", "{code}"]),
    (["Klient", "Kod sejfu"], ["p. Zielinska", "{code}"]),
    (["Name", "Access details"], ["Mr Sithole", "lockbox on fence {code}"]),
    (["Client", "KS", "Carers"], ["Mrs Evans", "{code}", "Rose, Ana"]),
    (["Property", "Communal door", "Flat"], ["Beech Court", "{code}", "14"]),
    (["Service user", "Padlock (shed)", "Comments"], ["Mr O'Neill", "{code}", "scooter in shed"]),
    (["Client", "Access info"], ["Mrs Grey", "{code} - key safe left of door"]),
]

BLIND9_TRAPS = [
    # Very short: numbers right beside access words, none of them a code.
    "Key safe order no. {n}", "Invoice {n} - key safe fitting", "Alarm pendant asset tag {n}",
    "Lifeline unit serial {n}", "Ext {n} for the alarm monitoring team", "PO {n} for 6 key safes",
    "Keypad batteries, order {n}", "Fire door check ref {n}",
    "Dress code from {year}: black trousers", "Course code {n} - Moving and Handling", "Booking ref {n} for the key safe fitter",
    "Key cut, receipt {n}", "Lock changed by locksmith, job no {n}",
    "Alarm went off at {time}, family informed", "Door left open at {time} by window cleaner",
    "DBS certificate no {n}", "Pendant alarm account {n}, Careline",
    "Keysafe fitted in {year} by the council", "Born {year}, lives alone, has key safe",
    "Key safe no longer in use since {year}", "Long service pin for {year} starters",
    "Door width 762mm, wheelchair fit", "Gate fob need CR2032 battery",
    "Key safe code: see the app (client {n})", "Alarm code not changed since {year}",
    "Safeguarding ref {n} raised", "Medicine cabinet lock broken, ref {n}",
    "Code of conduct updated {year}", "Unit {n}, back gate of industrial estate",
    "Faktura nr {n} za montaz sejfu na klucze", "Comanda {n} pentru cutia de chei a sosit",
    "Ang order number ng key safe ay {n}", "Numero ng kwarto sa ospital: {n}",
    "Hospital Gate 4, Ward 7, bed 2", "Key safe pin broken, replaced under warranty {n}",
    # One or two sentences.
    "Key safe ordered from Amazon, order number {n}, should arrive Thursday.",
    "Alarm company reference is {n}, they will send engineer to reset the panel.",
    "Can you ring the locksmith on ext {n}, the back door lock is sticking again.",
    "Postcode for the key safe address is M14 5RT not M14 5TR, please correct.",
    "Key safe is Supra C500 Pro, police approved, serial {n} on the back.",
    "The boiler display show code {n}, the son will call British Gas.",
    "Carer ID badge {n} lost, please issue new door fob for the office.",
    "As per policy {n}, never share your app PIN with anybody, office will never ask.",
    "Please send me the door code for client {n}, I am covering tomorrow.",
    "The old keysafe code stopped working at {time}, I waited 20 min and went to next call.",
    "Door code on the rota is wrong, I have asked daughter, waiting reply since {time}.",
    "Gate code will be given by phone only, job {n}.",
    "Client complains of pins and needles in left hand since {time}.",
    "HMRC letter says my tax code is 1257L but payslip show BR, please can payroll check.",
    "Please pay my wages into new account, sort code 20-45-77, account ending {n}.",
    "Sunday call moved from 07 30 to 08 15, alarm clock set for her.",
    "Kindly send your right to work share code before {time} tomorrow, my ref is {n}.",
    "Mr Abbas NHS number on the referral is 943 476 {n}, please check it match.",
    "The keypad on her phone is too small, we ordered big button phone, order {n}.",
    "Ambulance will come through Gate 4 at the hospital, she is in Ward 7, ring ext {n}.",
    "Door number is 1480 on the council list but the house has 148, please fix.",
    "Lockdown visit log {year}: {n} calls done by our team, thank you all.",
    "Paracetamol 1000mg given at {time}, next dose not before 4 hours.",
    "Mileage for November {n} miles, I attach the sheet with postcodes.",
    "Please pay invoice {n} for the key safe, £39.99 plus fitting.",
    # Long: handovers, care plans, family emails with several numbers.
    "Hi team, reminder: the alarm pendant for Mrs Hart (asset {n}) is going back to Careline on "
    "Monday. Please put it in the bag by the door. Collection between {time} and noon.",
    "Handover: Mr Quinn, 87, fell at {time} in the kitchen by the back door. Ambulance ref {n}. "
    "Son informed. Key safe checked and locked after.",
    "Dear Sirs, my mother was born in {year} and she has had carers for 3 years. Invoice {n} says "
    "31 visits but she only had 28. Please explain.",
    "Access: key safe to the left of the door. Code is not written here for safety, please ring "
    "the office on ext {n} to get it.",
    "Good day Sir, kindly be informed that I will be late to the {time} call because my car is in "
    "garage, the mileage is {n} and service is overdue. Sorry for inconvenience.",
    "The locksmith (job {n}) changed the front door lock today. New keys: 3 copies, one in key "
    "safe, one with daughter, one in office. Key safe code not changed.",
    "Training matrix: course code {n} Medication Level 2 due {year}; Moving and Handling due next "
    "month. Please book on the portal.",
    "Hi, this is Jenny, Mrs Cole's daughter. Mum's hospital number is {n} and she's on ward 9. The "
    "key safe is still there but please don't go in until she's home.",
    "Client: Mrs Fox | Key safe: YES | Fitted {year} | Asset {n} | Code: held by office",
    "Rota wk 50\nTue {time} Mr Bell - Ioana\nTue 1300 Mrs Cole - Ade\nGate at Mrs Cole is open "
    "in daytime, no code needed",
    "Dear office, our dad's new landline ends {n}. The old alarm pendant is linked to the old "
    "number so Careline need to update. The door is same, key in key safe as before.",
    "Przepraszam, bede spozniona na wizyte o {time}, autobus 39 nie przyjechal. Klucz zostawie w "
    "sejfie jak zawsze.",
    "Buna, am terminat la doamna Pop la {time}. Am pus cheia inapoi in cutie si am incuiat usa. "
    "Factura {n} e pe masa.",
    "Please be informed that the gate of Sunrise Court is under repair from {year} works, "
    "contractor ref {n}. Carers to use the pedestrian door by the bins, it is open.",
    "Mr Dube's pendant alarm was pressed {n} times last month, mostly at night around {time}. "
    "Family want review meeting. Key safe and door are fine.",
    "Incident report {n}: carer found front door unlocked at {time}. Key was in the key safe, "
    "nothing missing. Daughter think neighbour forgot to lock.",
    "Hello ma, the padlock on the bin store was cut by council, their ticket is {n}. New padlock "
    "will come next week, until then bins are outside the gate.",
    "Meeting minutes {year}: key safe audit done, {n} clients checked, 12 key safes need new "
    "cover. Codes must never be in emails or WhatsApp, only on the app.",
    "Hi, it's Tom, Mrs Ivy's son. I've paid the invoice {n} by bank transfer. Also the alarm "
    "engineer is coming at {time} on Friday, he has his own key.",
    "Care plan review {year}: Mrs Ola mobilises with frame, door to the garden is kept locked, "
    "room {n} in the extra care scheme. Staff to knock and wait.",
    "Good evening, I submitted timesheet {n} but the app show 6 visits missing between {time} and "
    "evening. Kindly check and revert.",
    "Equipment delivery: key safe (model C500), grab rail x2, commode. Delivery note {n}. Signed "
    "by client's wife at {time}.",
    "Pls note Mr Singh's NHS no and DOB ({year}) are on the MAR chart. Keysafe code he will give "
    "himself when you ring the bell, he is still able.",
    "Reminder from HR: the door entry fobs for the office are numbered, yours is fob {n}. If you "
    "lose it, report same day. The office alarm is set at {time}.",
    "Dear Agency, Mum's Lifeline box serial {n} keeps beeping. The key safe is fine, it's the "
    "alarm unit. Could someone check it on the {time} visit?",
]
