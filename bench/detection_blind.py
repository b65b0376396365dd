"""A BLIND part of the detection corpus: NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written on 2026-12-03 (session i10b) right after FRESH (detection_fresh.py) and before any rule
of this round changed. FRESH's misses were looked at while the model was reworked, so FRESH
became a validation set; BLIND was not run until the rules were final, and its first run is the
one reported. Do not add a rule, vocabulary word or stop word because a case here is missed;
write a new blind part instead. Slots as in detection_corpus: {code}, {n}, {year}, {time}.

BLIND recall 96.00 % at fb0f872 (16 misses in 4 phrasings, read in round 3: no longer blind); after round 3: 100.00 %.
"""

BLIND_POSITIVE = [
    "Code for the little safe on the wall is {code}",
    "There's a key box next to the letterbox: {code}",
    "Her keys are kept in a combination box ({code})",
    "The lockbox by the front step opens on {code}",
    "Key holder on the fence, numbers {code}",
    "Door keypad - {code} - then lift the handle",
    "Gate keypad code {code}",
    "Intercom: press {code} and the bell",
    "Alarm panel: {code} to disarm",
    "Set the alarm on leaving, code {code}",
    "Turn the wheels to {code} and pull down",
    "Slide the cover up and key {code}",
    "Type in {code} at the front entrance",
    "Buttons: {code} then pull the lever",
    "\U0001f510={code}", "\U0001f512 key safe: {code}", "K.S. {code}", "Keysafe \u279c {code}",
    "Keysafe no {code}", "key-safe:{code}", "Lockbox pin {code}", "Keybox combo {code}",
    "Keysafe numbers are {code}", "New combination on the key safe {code}",
    "Please punch {code} into the key safe", "Enter via the back gate using {code}",
    "The code for getting in is {code}", "Access code for the flat door {code}",
    "Key in the box, combination {code}", "Porch door code {code}",
    # Other languages of the care workforce.
    "Cutia cu cheia are codul {code}", "Kod do bramy {code}", "Klucze w skrytce, kod {code}",
    "A chave est\u00e1 no cofre, c\u00f3digo {code}",
    "Las llaves est\u00e1n en la caja, c\u00f3digo {code}",
    "Le chiavi sono nella cassetta, codice {code}", "Raktai d\u0117\u017eut\u0117je, kodas {code}",
    "\u041a\u043b\u044e\u0447\u044a\u0442 \u0435 \u0432 \u043a\u0443\u0442\u0438\u044f\u0442\u0430, \u043a\u043e\u0434 {code}",
    "Ang susi ay nasa kahon, code {code}", "Chabi dabbe mein hai, code {code}",
    "Safoa no w\u0254 adaka no mu, code {code}", "Kiyi iri mubhokisi, kodhi {code}",
    "Kokoro wa ninu apoti, koodu {code}", "Thakkol pettiyil und, code {code}",
    "Chei: {code}", "Drzwi wej\u015bciowe {code}", "Port\u00e3o {code}", "Puerta principal: {code}",
]

BLIND_TABLES = [
    (["Client", "Key safe code"], ["Ro", "{code}"]), (["Client", "Keys / access"], ["Em", "{code}"]),
    (["Service user", "Lock box"], ["Lu", "{code}"]), (["Name", "Door entry"], ["Mo", "{code}"]),
    (["Client", "Access arrangements"], ["Ty", "{code}"]), (["Client", "Key holder"], ["Ed", "{code}"]),
    (["Client", "Keysafe?", "Combination"], ["Bo", "yes", "{code}"]),
    (["Name", "Access method", "Details"], ["Di", "key safe", "{code}"]),
]

BLIND_TRAPS = [
    "Car park space {n} by the entrance", "Call 111 and quote reference {n}",
    "Entry to the competition closes {time}", "Alarm clock set to {time}",
    "The door was fitted in {year}", "Keypad serial {n}", "Lock box dimensions {n} mm",
    "Order the key safe, item {n}", "Absence code {n} for sick leave", "Payroll code {n}",
    "Visit at {time}: let yourself in with the key", "Keys returned {time}",
    "Intercom extension {n}", "Entrance B, room {n}", "Access road closed until {year}",
    "Bin collection {time} at the gate", "The box of gloves costs \u00a3{n}",
    "Padlock price {n} pence", "Combination boiler serviced in {year}", "Key worker ID {n}",
    "Council tax account {n}", "Lock screen PIN on the work phone is {n}", "Work mobile PIN {n}",
    "Credit card ending {n}", "Keypad model KP{n}", "Entrance hall is {n} square feet",
    "Door entry system upgrade {year}", "Gate opening hours {time} to 18:00",
    "Box number {n} at the sorting office", "Safeguarding case {n}", "Access request ticket {n}",
    "Enter the date {year} in the box", "Alarm company account {n}",
    "Door-to-door collection {year}", "Blister pack box {n} for the week",
    "Keys cut on 14/02/{year}", "The gate is {n} cm wide", "Front door key number {n} on the tag",
    "Staff entrance badge {n}", "Safe deposit fee \u00a3{n} a year",
]
