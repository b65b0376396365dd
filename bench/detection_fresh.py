"""A FRESH held-out part of the detection corpus: NEVER TUNED ON.

Written on 2026-12-03 (session i10b) before any rule of this round was changed, from the classes
the issue names (objects described, symbols, keyed-in sequences, other languages of the care
workforce, bare values under access-like headers or beside access-like cells) and from traps of
the kinds it says must stay quiet. No rule, vocabulary word or stop word may be added because a
case here is missed: these figures estimate recall on phrasings nobody tuned for. Reported apart
from TRAIN and HELD-OUT. Slots as in detection_corpus: {code}, {n}, {year}, {time}.
"""

FRESH_POSITIVE = [
    # Objects described or named in other words.
    "Keys are in the lock box on the wall by the garage, it's {code}",
    "Spare key in the safe by the meter cupboard - {code}",
    "The keysafe combo is {code}",
    "Door pad: {code} then push hard",
    "Combination for the key cupboard: {code}",
    "Digital lock on the back door {code}",
    "Combination padlock on the shed {code}",
    "The key is in the safe (code {code})",
    "Entry panel takes {code}",
    "The lock code changed to {code} yesterday",
    "Key box code changed, now {code}",
    "Door entry system: {code}",
    # Symbols instead of words.
    "\U0001f511 safe = {code}", "Keys \u2192 lockbox \u2192 {code}", "Gate # {code}",
    "KS = {code}", "Keysafe#{code}", "Key safe code:{code}",
    # Keyed-in sequences and verbs of entry.
    "Press {code} then # on the entry panel", "Punch in {code} at the main door",
    "Enter {code} on the box under the window", "To open the box turn the dials to {code}",
    "Unlock with {code} (box left of the door)", "Use {code} on the gate keypad",
    "Get in with {code}", "Ring the buzzer, if no answer use {code}",
    "keysafe - use {code} and put the keys back", "{code} is the keysafe",
    # Labels and list-style access notes.
    "Getting in: lockbox on the left, {code}", "How to get in - keysafe {code}",
    "KEYSAFE {code} KEYS BACK IN PLEASE", "Access: {code}",
    # Other languages of the care workforce.
    "Kod do domofonu {code}", "Szyfr do skrzynki z kluczami: {code}", "Cod intrare {code}",
    "C\u00f3digo da porta: {code}", "C\u00f3digo del portal {code}", "Codice del cancello {code}",
    "Code ng pinto {code}", "Darwaze ka code {code}", "Thakkol box code {code}",
    "Dur\u0173 kodas {code}", "\u041a\u043e\u0434 \u0437\u0430 \u0432\u0440\u0430\u0442\u0430\u0442\u0430 {code}",
    "Kodhi yemusuwo {code}", "Koodu ilekun {code}",
]

FRESH_TABLES = [  # bare values under access-like headers, or beside a cell about access
    (["Client", "KS code"], ["Vi", "{code}"]), (["Name", "Access info"], ["Reg", "{code}"]),
    (["Client", "Key safe no."], ["Pat", "{code}"]), (["Who", "Keysafe / access"], ["Nan", "{code}"]),
    (["Client", "How to access"], ["Dot", "{code}"]), (["Name", "Lockbox"], ["Cy", "{code}"]),
    (["Client", "Access", "Code"], ["Jo", "key safe by door", "{code}"]),
    (["Name", "Entry", "Number"], ["Al", "keypad", "{code}"]),
]

FRESH_TRAPS = [
    "Parking bay {n} outside the front door", "Policy number {n} for the home insurance",
    "Train at {time} from platform 2", "The gate was installed in {year}",
    "Back door replaced {year}", "Total {n} steps today", "Code of conduct updated {year}",
    "Entry {n} in the visitors' book", "Box {n} of the archive", "My phone PIN is {n}",
    "Card PIN {n}", "Enter your staff ID {n} to clock in", "Tax reference {n}",
    "Opening hours {time} to 17:00", "Alarm set for {time}", "The safe weighs {n} g",
    "Key cutting costs \u00a3{n}", "Gate 14, flight BA{n}", "Order {n}: two key safes",
    "The lock box (model {n}) arrived", "Door width {n} mm", "Raffle entry number {n}",
    "Invoice INV{n} for the keypad", "Room {n}, access by the lift", "Bus {n} to the main gate",
    "Access to Work grant ref {n}", "Entry fee \u00a3{n}", "Doors open at {time}",
    "Keys handed back at {time}", "Our charity number is {n}", "Lot {n} key cabinet",
    "Catalogue no. {n} padlock", "Key fob batch {n}", "Ward {n} entrance",
    "Mileage {n} miles this month", "Visit at {time}, key safe by the door",
    "SIM card PIN {n}", "Bank PIN changed to {n}", "Boiler showing error {n}",
    "Year {year} review of the door entry system", "Keypad fitted on 12/03/{year}",
    "Locksmith quote {n} attached", "Gate repairs cost {n} pounds",
    "Tap in your employee number {n}", "Buzzer replaced in {year}",
]
