"""BLIND-17: a blind part of the access-code detection corpus.

NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b17 on 2026-12-04 at about 23:25 UTC. The author had not read the
recognizers, their vocabulary or the scan code (server/needtoknow/inspect/), nor any earlier blind
part, nor the tests under tests/inspect/; only lines 85-175 of detection_corpus.py (the part table
and generator functions). Committed before its first run.

The voice: the owner of a small family-run agency who writes everything in long, chatty emails and
bullet lists, and a live-in carer writing weekly notes to the family and the office. About 40 % of
the templates are very short, 30 % one or two sentences, 30 % long with several numbers.

Slots: {code} in BLIND17_POSITIVE and in BLIND17_TABLES (the generator fills in codes such as 4821,
B4821, 4821X, 48 21, 48-21, four eight two one); {n} (1000-99999), {year} (1950-2029) and {time}
(e.g. 0830) in BLIND17_TRAPS. Every trap is text a careful human would say gives no access code.

First run on 5d72be0 (2026-12-04 23:36 UTC, `bench/bench_detection.py --parts blind17`, seed 10,
scale 1): BLIND-17 recall 95.00 %, precision 97.44 % (20 of 400 positives missed, 10 of 400 traps
fired). No label was changed after it. Which cases were missed is kept out of this repository.
"""

BLIND17_POSITIVE = [
    # Very short: texts, bullets, cells, scribbled notes.
    "ks {code}",
    "Keysafe - {code}",
    "• key safe {code}",
    "- KS is {code} x",
    "box {code} keys inside",
    "{code} for the keysafe hun",
    "Door code {code}",
    "front door keypad {code}#",
    "gate {code}",
    "Side gate padlock {code}",
    "Lockbox: {code}",
    "Communal door {code} then flat 3",
    "Alarm {code} off when you go in",
    "{code} alarm",
    "kesafe {code}",
    "key saf code {code}",
    "KS = {code} (new)",
    "new ks code {code} from today",
    "It's {code} for the box x",
    "Combi {code}",
    "Entry {code}* at the main door",
    "Bin store keypad {code}",
    "Garage padlock combo {code}",
    "Cle: boite a cle {code}",
    "Klucz w skrzynce, kod {code}",
    "Codul de la cutia cu chei: {code}",
    "Kod do domofonu {code}",
    "keysafe changed by son now {code}",
    # One or two sentences.
    "Morning all! Just to say Mr Pearson's son has changed the key safe, it's now {code}.",
    "Key safe is on the wall to the left of the back door, behind the water butt - {code}.",
    "When you get to the flats press {code} on the panel and the main door will buzz open.",
    ("Hi love, can you remind the new girl the key safe at Dorothy's is {code}, she rang me "
     "from the doorstep!"),
    "The code for the little grey box by the porch is {code}, please scramble it after.",
    ("Pop {code} into the keypad on the side gate and it'll click, it sticks a bit so give it "
     "a push."),
    "Please don't write it on the rota but for tonight only the key safe is {code}.",
    "{code} is the number for the lock box on the shed, the spare front door key is in there.",
    "Alarm panel is in the hall cupboard, put in {code} within 30 seconds or it'll go off.",
    "Entry: key safe right of front door, {code}, keys back in and dial scrambled please.",
    "Access arrangements: carers to use the key safe ({code}) - family hold the other set.",
    "Thanks Sandra, the keysafe at No. 14 is {code} and the alarm isn't set during the day.",
    "Mum's neighbour has a spare key but it's easier to use the box, it's {code}.",
    "New padlock on the back gate as of Saturday, numbers are {code}.",
    ("Door entry for the block is {code} followed by the bell symbol, then it's the second "
     "door on the right."),
    ("Sorry meant to say earlier, the keysafe combination has been changed to {code} by the "
     "district nurses."),
    "Code pour entrer dans l'immeuble : {code}.",
    "La caja de llaves esta al lado de la puerta, el codigo es {code}.",
    "Kod do sejfu na klucze przy drzwiach: {code}, prosze zamknac po wyjsciu.",
    # Long: chatty emails, weekly notes, care-plan fields over several lines.
    ("Hi all,\n\nQuick one from me before the weekend!\n- Mrs Clarke back from hospital "
     "Tues\n- Key safe at hers is {code}\n- Morning call now 0800 not 0730\nThanks lovelies, "
     "Jan x"),
    ("Weekly notes for the family, week 3:\nDad has eaten well and we walked to the end of the "
     "road twice. The district nurse came Thursday and couldn't get in because she had the old "
     "number - the key safe is now {code}, could you pass that on to the surgery? Tablets all "
     "given, MAR signed."),
    ("Hello Karen,\n\nLovely to speak to you yesterday. As promised here are the bits for the "
     "new carers:\n\n• Parking - on the drive is fine\n• Key safe - round the side by the gas "
     "meter, code {code}\n• Dog - shut in the kitchen before you go in\n• Bins - "
     "Wednesday\n\nAny questions give me a ring, Maureen"),
    ("CARE PLAN - ACCESS\nHow do carers get in?\nKey safe, front porch, left "
     "side\nCode:\n{code}\nKeys to be returned after every visit."),
    ("Handover: Mr Ali settled, catheter bag changed 2200. Night carer note - the side door "
     "keypad is {code}, the front door is bolted from inside so don't try that one. Fluids "
     "1200ml."),
    ("Dear Office,\nThis week has been a bit up and down. Mum had a fall on Monday (no injury, "
     "body map done) and the physio came on Wednesday. Her daughter has asked me to tell you "
     "the key safe has been swapped for a bigger one and the number is now {code}. I have put "
     "the old one in the drawer. Shopping receipt for £23.40 attached.\nBest, Agnieszka"),
    ("Hi girls, rota for next week attached. Remember:\n1) Mr Hughes - gate code {code}, then "
     "the bungalow at the end\n2) Mrs Patel - family let you in\n3) Bert - double up at "
     "1800\nAny swaps tell me by Friday please!!"),
    ("Just so everyone knows, the flats at Willow Court have had new door entry fitted. To get "
     "in press {code} and wait for the beep, then it's up to the 2nd floor. The lift is out of "
     "order again so allow extra time."),
    ("Re: new client\nLovely gentleman, 89, lives alone with his cat. Two calls a day. Access "
     "is via the key safe on the garage wall which is {code}. His daughter Sue is NOK, she "
     "lives in Leeds."),
    ("Good evening both, update from Mum's this week: the new gate has gone up and the fitter "
     "set the keypad to {code}, I've tested it and it works. Mum had her flu jab on Tuesday "
     "and her weight is stable. I'm off on Sunday so Beata is covering."),
    ("Lock box by the back door\n- code {code}\n- contains back door key + shed key\n- please "
     "lock shed"),
    "Key safe info (NOT to be shared outside the team):\n{code}\nPorch light is on a timer.",
    ("Hiya, just been to see Mrs Green for the assessment. She's lovely. The keysafe isn't "
     "fitted yet, the son is putting one in on Saturday, he says he'll set it to {code} and "
     "I'll confirm once it's up. Until then the neighbour at No. 7 will let you in."),
    ("Note for Monday's carer: the alarm goes off if you open the back door first. Front door, "
     "then disarm with {code} on the pad in the hall, then you can open up the back for the "
     "dog."),
    ("All,\nWe've had a lot of calls about access this month so here it is in one place for "
     "the Taylors:\n• Main gate - {code}\n• Front door - key in safe\n• Meds - blister pack in "
     "top kitchen cupboard\nThanks for all your hard work, you're stars."),
    ("Weekly update w/c 16th\nEating - good\nSleep - up twice Tuesday night\nMood - brighter "
     "after his grandson visited\nAccess - the key safe battery cover fell off but it still "
     "works, {code} as before\nNext GP review is on the 28th."),
    ("Hello, I'm the live-in carer at Mr Okafor's. For the relief carer arriving Saturday: "
     "taxi will drop you at the gate, tap {code} on the keypad on the right post. I'll be in "
     "but sometimes I don't hear the bell."),
    ("hi hun sorry for late msg, the keysafe code is {code} not what I put on the group "
     "before, my mistake!! x"),
    ("Mrs Lewis - access: communal door {code}, flat 12 on the 1st floor, key in safe by her "
     "door (same code). Do not leave the communal door propped."),
    "Door: the blue one at the side\nHow: keypad\nNumber: {code}\nThen turn the thumb lock.",
    ("Cheers for covering tonight! Park in the visitor bay, the barrier code is {code} if it's "
     "down. She'll be in bed so let yourself in quietly."),
    ("{code} - that's the padlock on the garden gate at Mr Byrne's, the key safe is the same "
     "as before."),
    "KS by back door\n{code}\n(the old one by the front is broken, ignore it)",
    ("Na wszelki wypadek: skrzynka na klucze przy garazu, kod {code}. Pani Halina ma nowe "
     "tabletki od piatku."),
]

BLIND17_TABLES = [
    (["Client", "Key safe"], ["Mrs Clarke", "{code}"]),
    (["Name", "Address", "Access"], ["Bert", "14 Elm Road", "KS {code}"]),
    (["Service user", "Door entry", "Notes"], ["Mr Ali", "{code}", "side door only"]),
    (["Client", "Gate", "Key safe"], ["Mr Hughes", "{code}", "family let in"]),
    (["Who", "How to get in"], ["Dorothy", "box by porch {code}"]),
    (["Client", "Alarm code"], ["Mrs Patel", "{code}"]),
    (["Address", "Padlock"], ["The Old Barn", "{code}"]),
    (["Client", "Communal door", "Flat"], ["Mrs Lewis", "{code}", "12"]),
    (["Name", "KS"], ["Joan", "{code}"]),
    (["Run", "Client", "Entry"], ["AM", "Mr Byrne", "keypad {code}"]),
    (["Client", "Lockbox combination"], ["Stan", "{code}"]),
    (["Week", "Access changes"], ["w/c 16th", "new key safe {code}"]),
    (["Klient", "Kod"], ["Pani Halina", "{code}"]),
]

BLIND17_TRAPS = [
    # Very short.
    "Door {n}, 3rd floor",
    "Gate {n} at the General",
    "Ward {n}, door on the left",
    "Key safe order {n}",
    "Alarm pendant {n}",
    "Invoice {n} - key safe fitting",
    "PO {n}",
    "Ext {n}",
    "Room {n}",
    "Keypad model {n}",
    "2x Screwfix padlock, product {n}",
    "Dress code: smart, see p.{n}",
    "Tax code {n}L",
    "Bus {n}",
    "Mileage {n}",
    "Pendant S/N {n}",
    "Locker {n}",
    "Alarm call {time}",
    "Gate shut at {time}",
    "Born {year}",
    "Key safe fitted {year}",
    "Keys cut {year}",
    "Training course code {n}",
    "NHS no {n} {n}",
    "Ref {n} door entry repair",
    "SIM PIN on the work phone {n}",
    # One or two sentences.
    "Please park by gate {n} at the hospital, it's closest to the discharge lounge.",
    "Mrs Clarke is in room {n} on the stroke ward, visiting from {time}.",
    "I've ordered two key safes from the council, order number {n}, they should come Thursday.",
    ("The alarm pendant has an asset tag {n} on the back, can you read it to Careline when you "
     "test it?"),
    "Our new office phone is on extension {n} if the front door bell doesn't work.",
    "The key safe was £{n} in total with fitting, I've put it through as expense claim {n}.",
    "Door entry engineer booked, job number {n}, arriving between {time} and 1200.",
    "He lives at {n} Station Road, the house with the green door and the gate.",
    "She rang the alarm at {time} and Careline phoned me straight away.",
    "Please use code {n} on your timesheet for the training day, that's the course code.",
    "The postcode for the new client is on the care plan, the house number is {n}.",
    "Sort code for the refund of the key safe deposit is on the letter, account ending {n}.",
    "Dad's NHS number is {n} and his GP surgery is the one by the park gates.",
    "Vitamin D {n} units once a week, given with breakfast today.",
    "I drove {n} miles this month, mileage sheet is in the key safe folder in the office.",
    "The lock on the bathroom door is a Union {n}, the locksmith has the part.",
    "Booking ref {n} for the wheelchair taxi, it will wait by the front door at {time}.",
    "Key safe reference {n} on the council receipt, please file it with the care plan.",
    "Gate {n} is the maternity entrance, go in the main entrance instead.",
    "Door sensor battery was replaced, the part number is {n}.",
    "The fridge door display shows error {n}, I've reported it to the landlord.",
    "Alarm clock set for {time} so he's up for the day centre bus.",
    "We have {n} clients now across the two towns, thank you all!",
    "Your payroll number is {n}, please put it on all timesheets and expenses.",
    "Her pension is £{n} a year, the family deal with it, not us.",
    "The pin badge for {year} long service awards has arrived, collect from the office.",
    "Key worker letter dated {year} is out of date, I'll issue new ones.",
    "Locksmith quote for the back door was {n} pounds, the family have said no.",
    # Long.
    ("Hi all,\n\nHousekeeping from me this week!\n- Mileage rate stays at 45p, claims to me by "
     "the 25th\n- Door entry fob for Willow Court: order number {n}, I'll bring them round\n- "
     "Staff meeting Thursday {time} in the room above the chemist\nThanks lovelies, Jan x"),
    ("Weekly notes, week 5:\nMum slept through Tuesday and Wednesday. We went to the garden "
     "centre and she bought a new padlock for the shed (product {n}, £12.99) but it's still in "
     "the box. Her weight is {n} grams up on last week. The GP letter from {year} is in the "
     "blue folder."),
    ("Hello Karen,\n\nJust confirming the key safe fitting for your mum. The locksmith's job "
     "number is {n} and he'll be there at {time} on Friday. Once it's in, he'll set the number "
     "with you in person and we'll get it from you by phone - please don't email it to "
     "us.\n\nMaureen"),
    ("CARE PLAN - ENVIRONMENT\nProperty: bungalow, built {year}\nHeating: boiler serviced, "
     "engineer ref {n}\nSmoke alarm: tested monthly, unit model {n}\nFront door: sticks in wet "
     "weather"),
    ("Handover: Mr Ali settled at {time}. He pressed his pendant alarm twice in the night, "
     "Careline ref {n}. Back door lock is stiff, family are getting it looked at. Fluids "
     "1200ml."),
    ("Dear Office,\nThis week went well. The gate at the front was repainted by the son-in-law "
     "and the old key safe (serial {n}) was taken off the wall because the new one has been "
     "fitted - the family will give you the number on the phone. Shopping £{n} receipt "
     "attached.\nBest, Agnieszka"),
    ("Rota reminders:\n1) Mr Hughes - call at {time}, gate is left open for you\n2) Mrs Patel "
     "- room {n} at the Royal until Friday\n3) Bert - double up, 2 carers\nAny swaps tell me "
     "by Friday please!!"),
    ("Re: new client\nLovely lady, 92, born {year}, lives at flat {n} in the sheltered block. "
     "The warden lets carers in through the main door. Her NHS number is on the referral, ref "
     "{n}."),
    ("Good evening both, update from Dad's: the alarm company came and replaced the panel "
     "(model {n}), they'll ring you to set it up as I wasn't allowed to. The door keypad is "
     "still broken so it's the key safe for now - number as before. Steps on her watch today: "
     "{n}."),
    ("Hiya, the invoice for last month is {n}, total £{n}. That includes the key safe you "
     "asked us to order and 2 extra hours on the 14th. Bank details are on the bottom, "
     "reference your mum's surname please."),
    ("All,\nPlease complete the online course 'Safe handling of keys and access information' "
     "(course code {n}) by the end of the month. It takes about 40 mins. Certificates to me. "
     "Thank you!"),
    ("Weekly update (file {n})\nEating - good\nSleep - restless, up at {time}\nMood - "
     "cheerful\nAccess - no changes\nNext GP review is booked, appointment ref {n}."),
    ("Hello, I'm the live-in carer at Mr Okafor's. The taxi account number for the relief "
     "carer is {n}, booked for {time} Saturday from the station to the gate. I'll meet her at "
     "the door."),
    ("The alarm company says the pendant battery is from {year} and needs swapping. Their "
     "customer number for Mrs Lewis is {n}. They'll post a new pendant."),
    "Door: the blue one at the side\nWidth: {n} mm\nStep: yes, one\nRamp ordered from OT, ref {n}.",
    ("Cheers for covering tonight! Park in visitor bay {n}. She has her tablets at {time} and "
     "again at bedtime. Family will leave the door on the latch."),
    ("The council have given Mr Byrne a new key safe under the grant scheme, application "
     "number {n}, but it hasn't been fitted yet. Until it is, his nephew will be in for every "
     "call."),
    ("Note for the team: dress code for the awards night (ticket {n}) is smart casual. Doors "
     "open at {time}, tickets £{n}."),
    ("Please check the ID badge of anyone at the door claiming to be from the gas board, their "
     "staff numbers are 6 digits like {n}. Ring the office if unsure."),
    ("Hi, Mum's prescription number is {n} and it's ready to collect from the chemist by the "
     "car park gate after {time}."),
    ("The key cutting shop charged {n} pence per key and we had 3 done. Receipt in the petty "
     "cash tin, code it to cost centre {n}."),
    ("Alarm test day: every unit tested this week (batch {n}), all passed apart from pendant "
     "{n}, which is being replaced."),
    ("Sorry to chase, the PIN reader at the bank wouldn't take Mum's card on Friday, so I've "
     "asked the family to sort it. I paid the {n} pence from my own purse, receipt attached."),
    ("Tomasz wants the weekend off (leave request {n}) - can anyone swap? It's the {time} "
     "start at Willow Court (the one with the big black gates)."),
    ("Recap of the safeguarding training: never leave keys under the mat, never text codes to "
     "the group, never say the number out loud on the doorstep. Module {n}, certificate {n}."),
    ("Mr Pearson's son has bought a new safe for his documents, a Yale model {n}, and it's in "
     "the bedroom wardrobe. Carers don't need access to it."),
    ("Gate closes at {time} every night and reopens at 0700, so evening calls need to finish "
     "by then or you'll have to ring the warden on {n}."),
    "Key safe fitters' helpline is open till {time}, our account no. is {n}.",
    ("Invoice query: key safe fitting charge was {n}, but the council paid {n} of it. Please "
     "send a credit note to the daughter."),
]
