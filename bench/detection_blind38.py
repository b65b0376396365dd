"""BLIND-38: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b38 on 2026-12-05 at about 02:00 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Voice: spreadsheets and rota exports pasted into emails by office staff and carers. The code is
a bare value under or beside a loosely worded or abbreviated access header (Entry, Way in,
Access, Keys, KS, K/S, K.safe, Box, Lock, Door, Gate, Alarm, Combo, Code no., Digits,
PIN (door), Door/KS, Entry code, 'How to get in', a key emoji), next to other numeric columns:
visit times, dates, mileage, phone numbers, flat numbers, durations, staff IDs. Most templates
are tab-, comma- or pipe-separated rows under a header line, or 'Label: value' blocks; a few
are single cells. Roughly 40 % very short (a cell, a label line), 30 % a header plus one row
or two or three lines, 30 % long multi-row pastes with several other numbers around the code.
The traps reuse the same sheets with the access column empty, withheld or holding something
else, and the number being a time, year, order, invoice, extension, staff ID, odometer
reading, fob or tag serial, job or case reference.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on ca039e9 (2026-12-05 02:04 UTC, `bench/bench_detection.py --parts blind38`, seed 10,
scale 1): recall 91.75%, precision 91.52%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND38_POSITIVE = [
    # very short: a cell, a label line
    "KS\t{code}",
    "K/S: {code}",
    "Way in: key safe by back door, {code}",
    "Entry code: {code}",
    "🔑 {code}",
    "Combo: {code} (grey box left of porch)",
    "Door/KS | {code}",
    "K.safe {code}",
    "PIN (door): {code}",
    "Gate\t{code}",
    "Alarm code no.: {code}",
    "Code no. {code} - key box",
    "Digits: {code} (keysafe under the meter box)",
    "How to get in: keysafe {code}",
    "Box\t{code}\t(keys inside)",
    "Lock: {code} (padlock on side gate)",
    "Access | KS {code}",
    "Keys - in key safe, code {code}",
    "Door: {code} then push hard",
    "Comm. door\t{code}",
    "Entry: {code} on the main keypad",
    "KS code changed, now {code}",
    "Back gate combo {code}",
    "Shed padlock: {code}",
    "Way in - {code} on keypad by front door",
    "Alarm unset: {code}",
    "Lock box,{code}",
    "Keysafe (new): {code}",
    # medium: a header and one row, or two or three lines
    "Client\tTime\tKS\nMrs Okafor\t08:15\t{code}",
    "Name,Visit,Entry\nMr Hollis,Lunch,{code}",
    "Client | Flat | Door/KS\nMrs Dunne | 14 | {code}",
    "Address: 3 Birch Close\nWay in: key safe left of front door\nCode: {code}",
    "Run 4 AM - Mr Patel\nK/S {code}, meds in kitchen blister pack",
    "Client,Postcode,Access\nMrs Feeney,LS6 2QT,Keysafe {code}",
    "Surname\tFirst\tKeys\nBrennan\tAgnes\tKS {code} round the back",
    "Service user: Mr Lowe\nEntry code: {code} (communal door), flat on 2nd floor",
    "Copied from the rota: Tue | 07:45 | Mrs Ahmed | 30 min | KS {code}",
    "Client\tDigits\nMr Cole\t{code}",
    "Name | Gate | Notes\nMrs Price | {code} | dog in garden, keep gate shut",
    "Column H (Access) for Mrs Iqbal says: {code} - front door keysafe",
    "Staff ID,Client,Combo\nS214,Mr Reid,{code}",
    "Visit\tDur\tHow to get in\nTea\t15\tkeysafe {code}",
    "Mrs Walsh - new K.safe fitted today, code {code}. Old box taken away.",
    "Client: Mr Dobbs\nAlarm: {code} (panel in hallway cupboard)",
    "Date,Client,Lock\n14/03,Mr Ferris,{code} (padlock on garage)",
    "Door/KS | Miles\nKS {code} | 6.2",
    "Name\tPhone\tK/S\nMrs Kowalski\t07700 900318\t{code}",
    "Mr Singh's line from the sheet: Keys = KS by garage, Combo = {code}",
    "Client | 🔑 | Pref. carer\nMrs Hart | {code} | Jo or Sam",
    # long: several rows, other numbers around the code
    "Hi all, tomorrow's early run pasted below:\n\nTime\tClient\tAddress\tKS\tDur\n"
    "07:30\tMrs Okoro\t12 Elm Rd\tfamily let in\t45\n"
    "08:30\tMr Baines\tFlat 6, Crown Ct\t{code}\t30\n"
    "09:15\tMrs Lyle\t41 Mill Lane\tdaughter home\t30\n\n"
    "Mileage between calls approx 3.1 / 2.4. Thanks, Dee",
    "Date,Start,End,Client,Entry,Staff ID\n"
    "03/06,08:00,08:45,Mrs Gill,{code},S118\n"
    "03/06,09:00,09:30,Mr Rowe,carer has key,S118\n"
    "03/06,12:15,12:45,Mrs Gill,as above,S207",
    "| Flat | Client | Door | Tel |\n"
    "| 2 | Mr Adeyemi | knock, he answers | 07700 900114 |\n"
    "| 9 | Mrs Lord | {code} | 07700 900672 |\n"
    "| 11 | Mr Tate | warden lets in | 0113 496 0218 |",
    "Client: Mrs Edna Pryce\nDOB: 04/11/1936\nAddress: 27 Wharf St, BD3\n"
    "NOK: son Gareth 07700 900845\nWay in: key safe to right of door\nCode no.: {code}\n"
    "Visits: 4 x daily, 30 min",
    "Week 23 rota - Team B\n\nDay | Time | SU | Access | Miles\n"
    "Mon | 07:00 | Mrs Quinn | KS {code} | 4.5\n"
    "Mon | 08:00 | Mr Oduya | wife opens | 2.0\n"
    "Mon | 12:30 | Mrs Quinn | KS as am | 4.5\n"
    "Tue | 07:00 | Mrs Quinn | KS as Mon | 4.5",
    "Pasting the handover sheet as Teams won't open the file:\n\n"
    "Bungalow\tName\tGate\tAlarm\tNotes\n"
    "3\tMr Fenwick\tunlocked daytime\t{code}\tset alarm when leaving after 21:00 call\n"
    "5\tMrs Ash\tunlocked daytime\tnone\tcat - keep inside",
    "New starter pack - Sophie (ID S331)\nFirst shift Sat 08/07, 07:15-14:00\n"
    "Calls: Mr Heald (07:15), Mrs Barr (08:00), Mr Heald (12:00)\n"
    "Mr Heald K/S: {code}\nMrs Barr - door on latch, shout hello\n"
    "Office 0161 496 0073 if stuck",
    "\"Client\",\"Address\",\"Keys\",\"Phone\",\"Last review\"\n"
    "\"Mrs Nolan\",\"8 Kent Way\",\"K/S {code} (under window)\",\"07700 900552\",\"12/01/2024\"",
    "Evening calls Fri\n\nClient | Time | Door/KS | Duration\n"
    "Mr Abbott | 18:00 | {code} | 30m\n"
    "Mrs Yeo | 19:15 | neighbour at no. 14 has key | 45m\n"
    "Mr Abbott | 21:30 | same | 15m",
    "Sheet: Access list (updated 02/05)\n\nSU\tPostcode\tKS\tEntry code\tFloor\n"
    "Mrs Daly\tM14 5RT\t-\t{code}\t3\n"
    "Mr Fry\tM14 6AB\tnone - wife\t-\t0",
    "Hi Mark, the info you asked for from the spreadsheet:\nName: Mr D. Osei\n"
    "Flat: 17, Harbour House\nDoor/KS: {code}\nAlarm: none\nNext review: 19/09\n"
    "Visit length: 45 min, double-up at 08:00 and 20:00\nCheers, Lorna",
    "Key holders export\n\nClient,Keyholder,Tel,KS,Lock box location\n"
    "Mrs Amos,Son (Dean),07700 900299,{code},left of back door behind bin\n"
    "Mrs Amos,Neighbour (Pat),07700 900741,same,-",
    "Cover for Kath 10/10 - 12/10\n\nTime\tWho\tHow to get in\tMins\n"
    "07:45\tMrs Ince\tpadlock on side gate {code}, then back door open\t45\n"
    "11:30\tMr Ward\tring bell, wife answers\t30\n"
    "16:00\tMrs Ince\tas morning\t30",
    "Copy of row 41:\nID | Name | Area | Entry | Tel | Start date\n"
    "SU-412 | Mrs Greaves | Hunslet | {code} | 0113 496 0551 | 01/02/2023",
    "Rota for Mon 11/03 (Gary, ID S092)\nCall 1 07:30 Mrs Moss - KS {code} - 30 min\n"
    "Call 2 08:15 Mr Lamb - family in - 45 min\nCall 3 09:30 Mrs Moss meds check - 15 min\n"
    "Total miles approx 11.8",
    "Access info block from CarePlanner export:\nAccess type: Key safe\nCombo: {code}\n"
    "Location: left of garage door, 1.2 m up\nKeys in safe: 2 (front + back)\n"
    "Alt contact: 07700 900963",
    "Extra Care Court - communal\n\nBlock\tFlats\tEntry code\tConcierge hrs\n"
    "A\t1-24\t{code}\t08:00-18:00\n"
    "B\t25-40\tfob only\t08:00-18:00",
    "| Date | Client | Combo | Miles | Carer |\n|---|---|---|---|---|\n"
    "| 21/08 | Mr Varga | {code} | 3.4 | Ana |\n"
    "| 21/08 | Mrs Toth | n/a | 1.9 | Ana |",
    "Sorry, forgot the access column. Here's the full row:\n"
    "Mrs Kemp, 5 Ash Grove, 4 calls, 30 min, KS {code}, allergic to penicillin",
    "Hi, sheet says for Mr Yates: Keys: none held by office. Way in: gate code {code}, "
    "then front door on the latch 08:00-20:00.",
    "Client\tMon\tTue\tWed\tK.safe\n"
    "Mrs Bell\t08:00\t08:00\t-\t{code}\n"
    "Mr Bell\t08:00\t08:00\t-\tsame box",
    "Pasted from Excel:\nName\tNHS no.\tVisits\tDigits\nMrs Roper\t943 476 5919\t3\t{code}",
]

BLIND38_TABLES = [
    (["Client", "Time", "KS", "Duration"], ["Mrs Fenn", "08:30", "{code}", "30 min"]),
    (["SU", "Flat", "Entry code", "Tel"], ["Mr Ojo", "12", "{code}", "07700 900417"]),
    (["Name", "Way in", "Notes"], ["Mrs Hale", "key safe {code}", "hard of hearing"]),
    (["Date", "Client", "Door/KS", "Miles"], ["04/09", "Mr Keane", "{code}", "5.6"]),
    (["Staff ID", "Client", "K/S"], ["S076", "Mrs Rudd", "{code}"]),
    (["Client", "Gate", "Alarm"], ["Mr Pike", "{code}", "not set"]),
    (["Client", "🔑", "Visits/day"], ["Mrs Lund", "{code}", "4"]),
    (["Surname", "Address", "Combo", "Keyholder tel"], ["Walters", "2 Fern Rd", "{code}", "07700 900230"]),
    (["Run", "Start", "Client", "Access"], ["AM2", "07:15", "Mr Beck", "KS {code}"]),
    (["Client", "Code no.", "Location"], ["Mrs Orr", "{code}", "key box by back door"]),
    (["Name", "PIN (door)", "Floor"], ["Mr Dale", "{code}", "2"]),
    (["Client", "Lock", "Review"], ["Mrs Sims", "padlock {code}", "12/06"]),
    (["Service user", "How to get in", "Mins"], ["Mr Grant", "keysafe left of door, {code}", "45"]),
]

BLIND38_TRAPS = [
    # very short
    "KS\tfitted {year}",
    "K/S: none. Daughter on ext {n}",
    "Way in: via warden, office ext {n}",
    "Entry code: not on the sheet - ring office ext {n}",
    "🔑 held by office, tag no. {n}",
    "Combo: changed {year}, ask son for the new one",
    "Door/KS | ordered, PO {n}",
    "K.safe invoice {n}",
    "PIN (door): not given - see care plan, ref {n}",
    "Gate\tlocked after {time}",
    "Alarm: engineer visit {time} Tues, job no. {n}",
    "Code no. not held. Case ref {n}",
    "PIN (card): do not ask for it - safeguarding ref {n}",
    "How to get in: ring bell and wait, she takes a while. Visit {time}",
    "Box: keys returned, receipt {n}",
    "Lock: replaced by council in {year}, job {n}",
    "Access | wheelchair ramp, installed {year}",
    "Keys - cut at the key shop, receipt {n}",
    "Door: left on latch until {time}",
    "Comm. door\tfob serial {n}",
    "Entry: {time} start, 45 min",
    "KS code changed - new one given by phone, not written down. Incident {n}",
    "Back gate: broken since {year}, repair ticket {n}",
    "Shed padlock: key on the hook; locksmith invoice {n}",
    "Way in - side door, from {time}",
    "Alarm unset by family; alarm company acc. {n}",
    "Lock box,catalogue no. {n},£34.99",
    "Keysafe (new): order {n}, due Thurs",
    "Keys returned to office, odometer {n}",
    "Staff ID {n} - keys signed out",
    "New SIM for the rota phone, PIN {n}, PUK in the drawer",
    "Door entry phone ext {n}",
    "Gate fobs batch {n}",
    "KS2 SATs week - grandson staying over, visit at {time}",
    # medium
    "Client\tTime\tKS\nMrs Okafor\t{time}\tfamily let in",
    "Name,Visit,Entry\nMr Hollis,Lunch,via warden (ext {n})",
    "Client | Flat | Door/KS | Order\nMrs Dunne | 14 | KS not fitted yet | {n}",
    "Address: 3 Birch Close\nWay in: key safe left of front door\nCode: ring office, not emailed. Ref {n}",
    "Client,Postcode,Access\nMrs Feeney,LS6 2QT,door on latch from {time}",
    "Surname\tFirst\tKeys\tYear fitted\nBrennan\tAgnes\tKS round the back\t{year}",
    "Service user: Mr Lowe\nEntry: communal door, buzz the flat, he answers. Tel ext {n}",
    "Copied from the rota: Tue | {time} | Mrs Ahmed | 30 min | KS see office",
    "Client\tDigits\tPhone ext\nMr Cole\tnot held (son has it)\t{n}",
    "Name | Gate | Notes\nMrs Price | unlocked | dog in garden, vet ref {n}",
    "Staff ID,Client,Combo\n{n},Mr Reid,given at handover only",
    "Visit\tStart\tHow to get in\nTea\t{time}\tback door, knock loud",
    "Mrs Walsh - new K.safe fitted today, invoice {n} to follow. Code given to family only.",
    "Client: Mr Dobbs\nAlarm: monitored, Careline account {n}",
    "Date,Client,Lock\n14/03,Mr Ferris,padlock cut off - police ref {n}",
    "Door/KS | Odometer\nwife opens | {n}",
    "Name\tPhone ext\tK/S\nMrs Kowalski\t{n}\tnone",
    "Client | 🔑 | Since\nMrs Hart | with daughter | {year}",
    "Keys: 2 sets held at office, tag no. {n}",
    "Gate: code lock broken, council job {n}, reported at {time}",
    "Alarm: test call booked {time} Wed, Careline ID {n}",
    "Box,Model,Price\nkey safe,cat. {n},£29.99",
    "Entry code | Status\nchanged by landlord {year} | not on file",
    "Client,Keys,Ward ext\nMr Ross,held at reception,{n}",
    # long
    "Hi all, tomorrow's early run pasted below:\n\nTime\tClient\tAddress\tKS\tDur\n"
    "{time}\tMrs Okoro\t12 Elm Rd\tfamily let in\t45\n"
    "08:30\tMr Baines\tFlat 6, Crown Ct\tcode on care plan only\t30\n"
    "09:15\tMrs Lyle\t41 Mill Lane\tdaughter home\t30\n\nJob sheet {n}. Thanks, Dee",
    "Date,Start,End,Client,Entry,Staff ID\n"
    "03/06,{time},08:45,Mrs Gill,carer has key,{n}\n"
    "03/06,09:00,09:30,Mr Rowe,wife opens,{n}",
    "| Flat | Client | Door | Ext |\n"
    "| 2 | Mr Adeyemi | knock, he answers | {n} |\n"
    "| 9 | Mrs Lord | warden lets in | - |",
    "Client: Mrs Edna Pryce\nDOB: 04/11/{year}\nAddress: 27 Wharf St, BD3\n"
    "NOK: son Gareth, work ext {n}\nWay in: key safe to right of door (code with office, not emailed)\n"
    "Visits: 4 x daily, 30 min",
    "Week 23 rota - Team B\n\nDay | Time | SU | Access | Miles\n"
    "Mon | {time} | Mrs Quinn | KS (see app) | 4.5\n"
    "Mon | 08:00 | Mr Oduya | wife opens | 2.0\nMileage claim ref {n}",
    "Pasting the handover sheet:\n\nBungalow\tName\tGate\tAlarm\tNotes\n"
    "3\tMr Fenwick\tunlocked daytime\tmonitored, acc {n}\tlast call ends {time}\n"
    "5\tMrs Ash\tunlocked daytime\tnone\tcat - keep inside",
    "New starter pack - Sophie (ID {n})\nFirst shift Sat 08/07, {time}-14:00\n"
    "Calls: Mr Heald, Mrs Barr, Mr Heald\n"
    "Mr Heald K/S: code given on shadow shift, not emailed\nMrs Barr - door on latch, shout hello",
    "\"Client\",\"Address\",\"Keys\",\"Order no.\",\"Requested\"\n"
    "\"Mrs Nolan\",\"8 Kent Way\",\"K/S (new one ordered)\",\"{n}\",\"at the {time} call\"",
    "Evening calls Fri\n\nClient | Time | Door/KS | Duration\n"
    "Mr Abbott | {time} | wife lets in | 30m\n"
    "Mrs Yeo | 19:15 | neighbour at no. 14 has key | 45m",
    "Sheet: Access list (updated 02/05)\n\nSU\tPostcode\tKS\tEntry code\tFloor\n"
    "Mrs Daly\tM14 5RT\t-\tring office\t3\n"
    "Mr Fry\tM14 6AB\tnone - wife\t-\t0\nBlock repair ticket: {n}",
    "Hi Mark, the info you asked for:\nName: Mr D. Osei\nFlat: 17, Harbour House\n"
    "Door/KS: concierge lets carers in, desk ext {n}\nAlarm: none\n"
    "Visit length: 45 min, double-up at {time} and 20:00",
    "Key holders export\n\nClient,Keyholder,Tel ext,KS,Lock box location\n"
    "Mrs Amos,Son (Dean),{n},yes - code with son,left of back door behind bin",
    "Cover for Kath 10/10 - 12/10\n\nTime\tWho\tHow to get in\tMins\n"
    "{time}\tMrs Ince\tside gate unlocked, then back door open\t45\n"
    "11:30\tMr Ward\tring bell, wife answers\t30",
    "Copy of row 41:\nID | Name | Area | Entry | Tel ext | Start\n"
    "SU-412 | Mrs Greaves | Hunslet | via neighbour | {n} | {year}",
    "Rota for Mon 11/03 (Gary, ID {n})\nCall 1 {time} Mrs Moss - KS (Gary knows it) - 30 min\n"
    "Call 2 08:15 Mr Lamb - family in - 45 min\nTotal miles approx 11.8",
    "Access info block from CarePlanner export:\nAccess type: Key safe\n"
    "Combo: held by family, not recorded\nLocation: left of garage door\nKeys in safe: 2\n"
    "Supplier order: {n}",
    "Extra Care Court - communal\n\nBlock\tFlats\tEntry\tConcierge from\n"
    "A\t1-24\tfob, see concierge\t{time}\n"
    "B\t25-40\tfob only\t08:00\nFob batch no. {n}",
    "| Date | Client | Combo | Miles | Carer ID |\n|---|---|---|---|---|\n"
    "| 21/08 | Mr Varga | with wife | 3.4 | {n} |\n"
    "| 21/08 | Mrs Toth | n/a | 1.9 | {n} |",
    "Mrs Kemp, 5 Ash Grove, 4 calls, 30 min, KS fitted {year}, allergic to penicillin, GP ext {n}",
    "Client\tMon\tTue\tWed\tK.safe\n"
    "Mrs Bell\t{time}\t08:00\t-\tnone\n"
    "Mr Bell\t08:00\t08:00\t-\tnone",
    "Pasted from Excel:\nName\tClient no.\tVisits\tDigits\nMrs Roper\t{n}\t3\tnot held - ask daughter",
    "Keys signed out log\nDate\tTime\tStaff ID\tKeys for\tBack by\n"
    "12/04\t{time}\t{n}\tMrs Platt (front door)\t17:00",
    "Invoice {n} - supply and fit key safe, 9 Rose Lane, fitted {time} on 03/05. Total £64.00",
    "Alarm panel | Installed | Service due | Contract\nhallway cupboard | {year} | March | {n}",
    "Gate,Nearest bus,Walk\nrear gate by the bins,no. 7 (leaves town {time}),10 min",
]
