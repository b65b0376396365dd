"""BLIND-24: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b24 on 2026-12-05 at about 01:00 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Voice: carers' WhatsApp groups and a coordinator's quick notes, written by people who do not
name the device: "the box", "the little grey safe by the meter", "the thing on the wall",
"the dial one", "the silver box with the flap", "the buttons by the door", "the beeping panel
in the hall". Symbols and arrows stand in for words (→, =, :, #, *, ->, 🔑, 🚪, 📦), codes
come as keyed-in sequences (press C then the code then the arrow, *code#, the code then turn
the handle) and as bare values under access-like spreadsheet headers. The traps keep the same
devices and symbols nearby but carry order, invoice, job and crime references, extensions,
meter readings, mileages, serials, years and times. Roughly 40 % very short (a chat line or a
cell note), 30 % one or two sentences, 30 % long messages (rotas, handovers, route lists)
with times, phone numbers, house numbers and dates around the code.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on ecf417e (2026-12-05 01:05 UTC, `bench/bench_detection.py --parts blind24`, seed 10,
scale 1): recall 69.50%, precision 91.45%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND24_POSITIVE = [
    # very short
    "Mrs Doyle 🔑 {code}",
    "🚪 {code} then turn the handle",
    "box by the meter → {code}",
    "little grey safe = {code}",
    "buttons by the door: {code}",
    "Dial one is {code}, line each wheel up",
    "silver box w/ the flap -> {code}",
    "thing on the wall is {code} btw",
    "press C, {code}, then the arrow",
    "back gate pad: * {code} #",
    "Box = {code} (lift the flap first)",
    "new numbers for the box: {code}",
    "box changed → {code}",
    "Mr Okafor's box {code}, keys back in after pls",
    "Ellis Rd 🔑📦 {code}",
    "Re: the box — it's {code} now",
    "the thing by the back door opens with {code}",
    "beeping thing in the hall: {code} then the tick",
    "the numbers for the grey box are {code}",
    "Flat 3 buttons → {code} + 🔑 symbol",
    "box: {code}",
    "{code} for the box, you lot keep asking 🙄",
    "It's {code} on the wall thing, pull the bottom down",
    "push {code} in order then the lever",
    "Main door {code} then push hard",
    "shed (dial one): {code}",
    "front door buttons *{code}#",
    # one or two sentences
    "Morning all, the little grey safe by the meter has been reset, it's {code} now. Please scramble it after.",
    "If you can't get in, the box to the left of the porch opens with {code} — keys are on the red fob.",
    "For the outer door you press C, then {code}, then the key symbol and wait for the buzz.",
    "The buttons by the entrance want {code} followed by the arrow, then push the door, it sticks.",
    "Her son changed the numbers on the silver box with the flap, new one is {code}, the old one won't work.",
    "Just put {code} into the thing on the wall by the garage and the key drops into the tray.",
    "When you arrive, the beeping panel in the hall needs {code} within 30 seconds or it goes off.",
    "Reminder: the car park gate is *{code}# now, not the old one.",
    "Dial one on the back door, roll it to {code} and pull down hard.",
    "New starter info for Kestrel Close: box on the wall by the bins → {code}, keys on the hook inside.",
    "Anyone on tonight at Mrs P's, it's {code} for the box, she won't hear the bell.",
    "Spare key is in the black box round the side, numbers are {code}, please spin them after.",
    "Communal entrance: type {code} then press the bell symbol, lift is on the left.",
    "The wee box under the outside tap — {code}. Don't leave it open, the neighbour's been complaining.",
    "Garage door pad: {code} then the up arrow. Door into the kitchen is unlocked.",
    "Covering for Jade Tue/Wed, what's the box at Mr Hussain's?\n> It's {code}, should be on the care plan",
    "📍 14 Fern Lane\n🔑 {code} (grey box, left of door)\n⏰ 7.30am",
    "She's swapped to the push button one, so it's {code} pressed in order, then slide the bar down.",
    "To get in the block: 🚪 {code} → wait for the click → push.",
    "Key is in the box on the fence post, {code}, put it back and jumble the numbers pls",
    "Silver box has a flap that sticks, the numbers under it are {code}.",
    "Door-bell-looking thing by the front door is actually the entry pad 🙈 {code} and it unlocks.",
    # long, with other numbers around the code
    "Hi team, rota for Sat 12th: Doreen (7 Hawthorn Rd) 08:00 & 12:30, box by the meter is {code}. "
    "Stan (flat 22) 09:15, buzz 22 and he lets you in. Any issues ring the office 01632 960 418.",
    "Handover 14/03\nMr Lowe, 3 Birch Walk\nGet in: little grey safe by the meter → {code}\n"
    "Meds: 8am, 1pm, 6pm from the blister pack\nDaughter: 07700 900 231",
    "New client starting Mon 4 Nov. 16 Church St, ground floor. Door entry: C then {code} then the "
    "arrow. Then 2nd door on the right. Calls 4x daily, 45 min in the morning.",
    "Quick one — Mrs Adeyemi's family have put a new box on the wall by the side gate (the silver one "
    "with the flap). Numbers are {code}. The old box has been taken off so ignore the care plan for now. "
    "Visit times unchanged 7.45 / 12.15 / 5.30 / 9.",
    "Can everyone please stop leaving the box open at no. 9!! It's {code}, close the flap and spin the "
    "wheels every time. Police were out there on 2/6 because the neighbour thought it was a break-in.",
    "Route 3 this week:\n1) 21 Mill Ln — 🔑 {code}\n2) 4 Ash Ct — family in\n"
    "3) 118 Station Rd — ring 07700 900 517 on arrival\nMileage forms by Friday 5pm pls",
    "Out of hours note 23:40 — carer couldn't get into flat 6, Lyndon House. The buttons by the main "
    "door now want *{code}# (the concierge changed it on the 1st). Got in fine after that. Next call 07:00.",
    "Hi all, Bill's keys: there's a dial box by the back door, set it to {code} and pull. Please don't "
    "use the front door, it's double locked. He's on 4 calls, 30 mins each, 2 carers on the 10:00. "
    "Any falls ring 111 then the office on 0161 496 0723.",
    "Assessment notes 19/09: bungalow, step-free access at the rear. Keys via the thing on the wall to "
    "the left of the rear door, {code}. Nothing set during the day. Next review 19/12 at 2pm.",
    "Sorry to ping late. From tomorrow (Thu) the gate at Orchard Mews is: press the key symbol, {code}, "
    "then the key symbol again. The old way doesn't work. Visits 8, 12, 4 and 8.30 same as before.",
    "Welcome pack for new carers (page 2): Mr Tanaka, 77 Quarry Hill. Parking: bay 3 only. Getting in: "
    "grey box under the porch light, the numbers are {code}. Take the key on the blue ring, not the "
    "brass one. Leave by 10:45 for your next call.",
    "Tues 8/10 visits\n07:30 Ivy — 🔑 {code} grey box\n09:00 Ron — he answers\n"
    "11:15 Maureen — daughter in till 12\n13:00 Ivy lunch",
    "FYI the dial one at 40 Kings Rd has a dodgy wheel, you need to line up {code} then wiggle the "
    "bottom. Maintenance booked for the 21st. Ring me on 07700 900 882 if you can't get it.",
    "Hi, it's Sam on the Tues/Thurs run. At Mrs Kerr's (2a Glebe St) the buttons by the door are {code} "
    "then turn the handle down, it's a bit stiff. Her cat gets out, so quick in. She's on 2 calls, 9 and 6.",
    "Re handover: Mr & Mrs Ford, 31 Pine Grove, moved to 3 calls from the 5th. Entry → silver box on "
    "the gatepost, {code}. Ring 01632 960 905 before you go in, Mr F startles easily.",
    "Double-up at 14:00 today for Jean (Flat 10, 3rd floor). Main door: {code} then the bell sign. "
    "Lift is broken till Mon so stairs. Hoist battery on charge in the bedroom.",
    "Weekend cover 🙏 Sat 08:00–14:00 anyone?\nClient: Pat, 6 Rowan Close\nIn: box by meter → {code}\n"
    "Out: keys back, scramble!\nPaid 1.5x",
    "Message from family (Sun 17:20): 'we've changed Dad's box to {code} because the old numbers were "
    "on a post-it by the door'. Please update your notes, it's 12 Lark Rise, visits at 8, 1 and 7.",
    "Night sit tonight 22:00–07:00 at 15 Elm Rd. The beeping panel by the front door: put in {code} "
    "and press the tick straight away, you have 20 secs. Set it again the same way when you leave.",
    "Ops note 03/12: the pad at the Lodge (side entrance, by the bins) reset to {code} after the "
    "break-in on 28/11. Only the 4 regular carers to have it. Police log is on the client file.",
    "Covering Ellen's round Thu: 1) 9 Dale Ave — ring bell; 2) 27 Croft Rd — box on the wall by the "
    "garage, {code}; 3) 5 The Green — key with the neighbour at no. 7.",
    "Hiya! Just so you know Mr Bell's thing by the front door is {code} and the key's the one with the "
    "green tag. He's on 4 calls, lunch at 12.30, tea at 5.",
]

BLIND24_TABLES = [
    (["Client", "Address", "Entry"], ["Mrs A Doyle", "14 Fern Lane", "{code}"]),
    (["Name", "Postcode", "🔑"], ["R. Lowe", "LS6 2QT", "{code}"]),
    (["Service user", "Visit times", "Access", "Notes"], ["Stan P", "08:00 / 17:30", "{code}", "grey box by meter"]),
    (["Surname", "First name", "Box", "Key tag"], ["Hussain", "Amir", "{code}", "green"]),
    (["Run", "Address", "Getting in"], ["Route 3", "21 Mill Ln", "wall box {code}"]),
    (["Client", "Door", "How"], ["Mr Bell", "front", "C {code} arrow"]),
    (["Who", "Where", "In via", "Combo"], ["Ivy", "7 Hawthorn Rd", "dial box by back door", "{code}"]),
    (["Date", "Client", "Times", "Entry details"], ["Sat 12/10", "Pat R", "08:00-08:45", "box by meter → {code}"]),
    (["Property", "Main entrance", "Flat"], ["Lyndon House", "*{code}#", "6"]),
    (["SU name", "Key holder", "Access info"], ["Jean M", "Daughter", "{code} then bell symbol"]),
    (["Client", "Visits/wk", "Entry method", "Numbers"], ["Mr Tanaka", "14", "grey box", "{code}"]),
    (["Area", "Client", "Gate", "Door"], ["North", "Orchard Mews", "{code}", "key from box"]),
    (["Name", "Address", "Access (box/door)", "Panel"], ["B. Ford", "31 Pine Grove", "{code}", "none"]),
]

BLIND24_TRAPS = [
    # very short
    "box by the meter is still jammed, ticket {n} raised",
    "little grey safe fitted {year}, landlord says it's due a new one",
    "🔑 collected from office at {time}",
    "buttons by the door not working, reported → ref {n}",
    "thing on the wall is broken again, locksmith coming at {time}",
    "invoice {n} for the new dial one",
    "silver box with the flap: order #{n} arriving Tues",
    "press C then the arrow, NOT the bell — office ext {n}",
    "box = empty! keys with the neighbour, she's in till {time}",
    "Mrs Doyle 🔑 with family now, no box",
    "Re: the box — not fitted till after {time} tomorrow",
    "🔑📦 being installed, job {n}",
    "new box arrived, order {n}, fitting Fri",
    "keys back in the box at {time} ✅",
    "The beeping thing in the hall went off at {time}, all fine",
    "mileage start: {n}",
    "Gate sticks, council ref {n}",
    "Buttons by the door → ring ext {n} for the concierge",
    "box by the meter - meter reading {n}",
    "Spare key cut, receipt {n}",
    "Shed (dial one) fitted in {year}, rusty now",
    "Product code {n} for the grey key box if anyone's ordering",
    "🚪 locked at {time}, all secure",
    "Box on the wall: serial {n}, warranty till {year}",
    "SIM PIN for the work phone is in the welcome pack, ref {n}",
    "office door buzzer: ask reception, ext {n}",
    "box 🔑 → see care plan, updated {time}",
    "👍 box closed and spun, left at {time}",
    "Main door → use the side one, job {n} on the main",
    "grey box # {n} on the key register",
    "it's the dial one, Pam, from {year} lol",
    "box: ask office",
    "🚪 = broken, crime no. {n}",
    "door buttons: fault {n} logged at {time}",
    # one or two sentences
    "Morning all, the little grey safe by the meter has been replaced, invoice {n} is with the office. "
    "New numbers will come by phone, not on here.",
    "If you can't get in, ring the office on ext {n} and we'll talk you through the box, don't guess.",
    "For the outer door you press C, then the flat number, then the bell sign — she's flat 4, second floor.",
    "The buttons by the entrance were fitted by the housing association in {year}, repair line ref {n}.",
    "Her son is changing the numbers on the silver box tonight, he'll ring each of you after {time}.",
    "Thing on the wall by the garage fell off, police crime ref {n}, keys are with the neighbour at no. 12.",
    "The beeping panel in the hall is on a service contract, next visit {time} Thursday, account {n}.",
    "Reminder: the car park gate closes at {time}, after that use the side path.",
    "Dial one on the back door is sticking; WD40 in the shed, receipt number {n} if you claim it back.",
    "New starter info for Kestrel Close: box is on the wall by the bins, numbers from the office only. "
    "Parking permit {n}.",
    "Anyone on tonight at Mrs P's, she's booked a taxi for {time}, the box is being changed while she's out.",
    "Spare key is with Ann at the pharmacy, collection slip {n}, please bring it back by {time}.",
    "Communal entrance is being repainted, use the rear door until {time} Fri. Job number {n}.",
    "Garage door pad is broken, the engineer's job sheet says {n}, he'll be there at {time}.",
    "Covering for Jade Tue/Wed, what's the box at Mr Hussain's?\n> Ask Lisa, not on here please, ext {n}",
    "📍 Fern Lane\n⏰ {time}\n🧾 invoice {n}",
    "She's swapped to the push button one, Screwfix order {n}, numbers will be given in person.",
    "To get in the block: 🚪 ring reception → wait for the click → push. Reception closes at {time}.",
    "Key is in the box on the fence post, it's logged as entry {n} on the key register.",
    "Silver box has a flap that sticks — part no. {n} if anyone knows where to get a spare.",
    "Alarm company rang about account {n}, they'll reset the panel at {time} tomorrow.",
    "Pendant alarm tested ok at {time}, unit serial {n}.",
    "Bank card arrived for Mr Lowe, PIN comes separately by post. Letter ref {n}, gave both to his son.",
    "Her grandson's in year 6 (key stage 2), he's the one who'll open the door after {time}.",
    # long, with other numbers around
    "Hi team, rota for Sat 12th: Doreen (7 Hawthorn Rd) 08:00 & {time}, box by the meter being swapped "
    "by her son, he'll be in. Stan (flat 22) 09:15. Any issues ring the office 01632 960 418, ext {n}.",
    "Handover 14/03\nMr Lowe, 3 Birch Walk\nGet in: he answers, keys NOT in the box any more\n"
    "Meds: 8am, 1pm, 6pm\nPharmacy order {n} due {time} Thurs",
    "New client starting Mon 4 Nov. 16 Church St, ground floor. Door entry: buzz flat 1 and wait, his "
    "wife lets you in. Care plan ref {n}. Calls 4x daily, first at {time}.",
    "Quick one — Mrs Adeyemi's family have put a new box on the wall by the side gate (the silver one "
    "with the flap). Numbers to follow from the office by phone. Fitting invoice {n}. "
    "Visit times unchanged 7.45 / 12.15 / 5.30 / 9.",
    "Can everyone please close the box at no. 9 properly!! Police were out on 2/6, incident {n}, because "
    "the neighbour thought it was a break-in. Next team meeting {time} Weds.",
    "Route 3 this week:\n1) 21 Mill Ln — 🔑 from box (ask office)\n2) 4 Ash Ct — family in\n"
    "3) 118 Station Rd — ring 07700 900 517\nMileage start {n}, forms by Friday 5pm pls",
    "Out of hours note 23:40 — carer couldn't get into flat 6, Lyndon House. The buttons by the main "
    "door are dead, concierge logged it as fault {n}. Let in by a neighbour. Next call {time}.",
    "Hi all, Bill's keys: the dial box by the back door has seized, locksmith booked, job {n}. Use the "
    "key from the office for now. He's on 4 calls, 30 mins, 2 carers at {time}. Any falls ring 111 then "
    "the office on 0161 496 0723.",
    "Assessment notes 19/09: bungalow built {year}, step-free at the rear. Keys: box still to be fitted, "
    "quote ref {n}. Alarm not in use. Pendant tested ok.",
    "Sorry to ping late. From tomorrow (Thu) the gate at Orchard Mews is being left open during works, "
    "contractor ref {n}, until {time}. Visits 8, 12, 4 and 8.30 same as before.",
    "Welcome pack for new carers (page 2): Mr Tanaka, 77 Quarry Hill. Parking permit {n}, bay 3 only. "
    "Getting in: grey box under the porch light, the office gives you the numbers on your first shift. "
    "Leave by {time}.",
    "Tues 8/10 visits\n07:30 Ivy — 🔑 family in today\n09:00 Ron — he answers\n"
    "{time} Maureen — daughter in\n13:00 Ivy lunch\nMiles so far: {n}",
    "FYI the dial one at 40 Kings Rd has a dodgy wheel. Maintenance booked for the 21st at {time}, "
    "job ref {n}. Ring me on 07700 900 882 if you can't get it open.",
    "Hi, it's Sam on the Tues/Thurs run. At Mrs Kerr's (2a Glebe St) the buttons by the door are stiff, "
    "turn the handle down hard. Her cat gets out. Vet bill ref {n}, she asked us to post it. "
    "Calls at 9 and {time}.",
    "Re handover: Mr & Mrs Ford, 31 Pine Grove, moved to 3 calls from the 5th. Entry → silver box on "
    "the gatepost (numbers in the locked part of the app). Ring 01632 960 905 before you go in. "
    "GP surgery ext {n}.",
    "Double-up at {time} today for Jean (Flat 10, 3rd floor). Main door is on the latch till the "
    "engineer comes, call ref {n}. Lift broken till Mon so stairs.",
    "Weekend cover 🙏 Sat 08:00–14:00 anyone?\nClient: Pat, 6 Rowan Close\nIn: box by meter (office "
    "will text)\nPay ref {n}\nPaid 1.5x",
    "Message from family (Sun 17:20): 'we've changed Dad's box because the old numbers were on a post-it, "
    "we'll ring the office tomorrow'. Please update your notes, it's 12 Lark Rise, visits at 8, 1 and 7. "
    "Family contact ext {n}.",
    "Night sit tonight {time}–07:00 at 15 Elm Rd. The beeping panel by the front door is switched off, "
    "engineer's report {n}. Lock both doors with the key from the box when you leave.",
    "Ops note 03/12: the pad at the Lodge (side entrance) reset after the break-in on 28/11, new numbers "
    "given in person only. Police log {n}. Only the 4 regular carers.",
    "Covering Ellen's round Thu: 1) 9 Dale Ave — ring bell; 2) 27 Croft Rd — box on the wall by the "
    "garage, ask the office; 3) 5 The Green — key with the neighbour at no. 7. Start mileage {n}.",
    "Hiya! Mr Bell's thing by the front door got nicked!! Crime no. {n}. Key is with his niece now, "
    "she's in from {time}, ring 07700 900 144.",
    "Refresher on the grey boxes: Thurs at {time} in the training room, dial-in ext {n}. Bring your "
    "badge, the office door's on the fob from {year} so it might not let you in, ring 0113 496 0552.",
    "On-call phone SIM locked itself again 🙄 PUK request ref {n} sent to IT at {time}, managers only "
    "will get it. Use your own phone till then and claim it back.",
    "🚪 sign-in sheet Kestrel Close: arrived {time}, left 09:10, mileage {n}, keys back in the box, "
    "spun the wheels ✅",
]
