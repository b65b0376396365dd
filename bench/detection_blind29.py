"""BLIND-29: a blind part of the access-code corpus. NEVER RUN WHILE TUNING, NEVER TUNED ON.

Written by session i10b29 on 2026-12-05 at about 01:10 UTC. The author had not read the
recognizers, their vocabulary, the scan code, nor any earlier blind part; only the part table
and generator functions of detection_corpus.py. Committed before its first run.

Voice: care workers in UK home-care agencies writing to colleagues in the languages they share,
or mixing them with English: Polish, Romanian, Tagalog/Taglish, romanised Malayalam, Tamil and
Nepali, Twi and Ghanaian English, Somali, Spanish, Italian, Bulgarian (Cyrillic and Latin),
Ukrainian and Russian (Cyrillic); about a quarter to a third in the English of those same
writers (Filipino "po", Indian "do the needful", Ghanaian "chale", Polish/Romanian grammar).
Rough split of each list: about 40 % very short (chat line, subject, cell note), 30 % one or
two sentences, 30 % long rota/handover messages with times, phone numbers, house and flat
numbers, dates of birth and references around the code or the trap number.

Slots: {code} an access code in the positives and tables (the generator picks its shape);
{n} a number 1000-99999, {year} 1950-2029 and {time} such as 0830 in the traps, none of them
a code.

First run on 3689871 (2026-12-05 01:09 UTC, `bench/bench_detection.py --parts blind29`, seed 10,
scale 1): recall 93.00%, precision 91.85%. No label was changed after it. Which cases were missed is
kept out of this repository.
"""

BLIND29_POSITIVE = [
    # Polish
    "Kod do skrzynki na klucze: {code}",
    "Hej, grafik na weekend: sobota 8:00 pani Wanda, 10:30 pan Józef, niedziela tak samo. "
    "U pana Józefa blok nr 7, wejście od podwórka. Na domofonie wpisz {code} i wejdziesz na "
    "klatkę, mieszkanie 12 na pierwszym piętrze. Tel. do koordynatora 07700 900 227.",
    "Pani Zofia - klucze w sejfiku przy drzwiach, kod {code}. Po wizycie zamknij i pokręć cyframi.",
    "Dziewczyny, u pana Henryka zmienili kod do bramy na {code}, stary już nie działa.",
    "Cześć Kasia, jutro masz pana Stanisława na 7:45 i o 12:30 lunch. Mieszka pod 14, drugie "
    "piętro. Klucze są w skrzynce na ścianie obok drzwi, kod {code}. Alarm nie jest włączany. "
    "Jakby coś, córka ma numer 07700 900 412. Dzięki!",
    "alarm - kod {code}, wyłącz zaraz po wejściu, masz 30 sekund",
    # Romanian
    "Codul de la cutia cu chei: {code}",
    "Salut, raport de azi: dna Dumitru a mâncat la 12:30, i-am dat pastilele, tensiunea 130/80. "
    "Am pus cheile înapoi în cutie și am dat peste cifre. Codul cutiei rămâne {code}, familia nu "
    "l-a schimbat. Următoarea vizită la 17:00.",
    "Fetelor, la dna Popescu s-a schimbat codul de la poartă, acum e {code}. Nu-l dați la nimeni.",
    "Bună Ana, mâine dimineață ai vizita la dl. Ionescu la 8:15, apoi la 10:00 la dna Marin pe "
    "Oak Street nr. 27. La dl. Ionescu cheile sunt în cutiuța de lângă ușă, codul e {code}. "
    "Câinele e închis în bucătărie, nu te speria. Dacă nu merge, sună la birou 0161 496 0732.",
    "Lacătul de la magazie are cifrul {code}",
    # Tagalog / Taglish
    "Yung code ng keysafe kay Lola Remy: {code}",
    "Sis ito yung code ng gate kay Sir Robert: {code}. Pakisara ulit pag alis mo ha.",
    "Pinalitan na nila yung code ng lockbox, {code} na ngayon. Yung dati hindi na gagana.",
    "Hi Joy! Bukas ikaw muna kay Mrs Hughes, 7:30am ang first call tapos 1pm ulit. Flat 9, "
    "3rd floor, walang elevator. Para makapasok sa building, pindutin mo lang {code} sa keypad "
    "sa labas. Yung susi nasa key box sa tabi ng pinto, same code din. Text mo ako sa "
    "07911 123 456 kung may problema. Salamat!",
    "alarm code kay Tatay Ben {code} ha, wag mo kalimutan i-set pag alis",
    # Malayalam (romanised)
    "Key safe code ithanu: {code}",
    "Chechi, Mrs Evans nte veettile key box code {code} aanu. Vilikkanda, nere keri poko.",
    "Hi Anju, naale ninakku Mr Patel nte 8:00 call und, pinne 11:30 nu Mrs Green. Mr Patel nte "
    "veedu number 42 aanu, blue door. Door nte side il oru key safe und, code {code}. Akathu "
    "keriyal alarm off cheyyanam, athu hallway il aanu. Office number 01632 960 118.",
    "gate code maari, ippo {code}",
    # Tamil (romanised)
    "Key box code {code}, marakkatheenga",
    "Akka, Mrs Brown veetla door entry code {code}. Ulla poyittu key-a thirumba box la vechudunga.",
    "Vanakkam Priya, naalaikku 7:15 ku Mr Singh call irukku, apparam 9:45 ku Mrs Lewis. Mr Singh "
    "flat 6, rendavathu maadi. Building kulla poga intercom la {code} press pannunga. Avanga "
    "magan number 07700 900 256, edhavadhu prachanai na call pannunga.",
    # Nepali (romanised)
    "Dai, key safe ko code {code} ho",
    "Mrs Taylor ko ghar ko gate ko code {code} ho, bholi dekhi naya.",
    "Namaste didi, bholi bihana 7:30 ma Mr Jones ko call cha, ani 12:00 baje lunch. Unko ghar "
    "number 18, rato dhoka. Dhoka ko chheu ma key box cha, code {code}. Bhitra pasne bittikai "
    "alarm band garnu, tyo staircase muni cha. Kei problem bhaye office ma phone garnu: "
    "0113 496 0044.",
    # Twi / Ghanaian English
    "Charley the keysafe code for Auntie Grace is {code}. Don't forget to lock it back o",
    "Me nua, code a ɛbue gate no ne {code}",
    "Good morning Efua, please tomorrow you are covering Mr Clarke at 8:30 then Mrs Hall by "
    "10:15. Mr Clarke's house is number 5, the one with the green fence. The keys are inside the "
    "key safe by the back door, the code is {code}. Please make sure you scramble the numbers "
    "after. If any problem call Kwame on 07700 900 871. God bless.",
    "Abeg the padlock for the side gate, combination {code}",
    # Somali
    "Koodhka sanduuqa furayaasha: {code}",
    "Walaal, koodhka albaabka hore waa {code}. Markaad baxdo xir.",
    "Salaan Hodan, berri subax 7:00 waxaad leedahay Mrs White, kadib 9:30 Mr Hill. Mrs White "
    "waxay deggan tahay guriga 33. Furayaasha waxay ku jiraan sanduuqa derbiga ku dhegan, "
    "koodhku waa {code}. Haddii ay dhibaato jirto wac xafiiska 020 7946 0958.",
    # Spanish
    "Código de la caja de llaves: {code}",
    "el código del portal es {code}",
    "Chicas, a la Sra. Williams le han cambiado el código de la alarma, ahora es {code}. Hay que "
    "meterlo nada más entrar.",
    "Hola Lucía, mañana tienes a Mr Baker a las 8:00 y a Mrs King a las 11:45. Mr Baker vive en "
    "el número 12, puerta azul. Las llaves están en la cajita junto a la puerta, código {code}. "
    "Cuando salgas, mueve los números. Si no abre, llama a la oficina al 0161 496 0299.",
    # Italian
    "Codice cassetta chiavi: {code}",
    "Ragazze, il codice del cancello da Mr Roberts è {code}, ricordatevi di chiuderlo bene.",
    "Ciao Giulia, domani hai Mrs Cooper alle 7:45 e poi Mr Ward alle 10:30. Mrs Cooper abita al "
    "numero 8, secondo piano. Per entrare nel palazzo digita {code} sulla tastiera del portone, "
    "le chiavi sono nella cassetta accanto alla porta (stesso codice). Per qualsiasi cosa chiama "
    "la figlia, 07700 900 534.",
    "allarme: {code}, si disattiva appena entri",
    # Bulgarian
    "Кодът на кутията за ключове е {code}",
    "Zdravei, utre v 9:00 otivash pri g-ja Hill na nomer 4, posle v 11:30 pri g-n Young. Pri "
    "g-ja Hill ima alarma, kodat e {code}, vavedi go vednaga shtom vlezesh, imash 20 sekundi. "
    "Ako ima neshto, zvanni mi na 07700 900 590.",
    "Момичета, при г-жа Смит кодът за входа вече е {code}. Старият не работи.",
    "Здравей Мария, утре имаш г-н Адамс в 8:30 и г-жа Бел в 12:15. Г-н Адамс живее на номер 21, "
    "бялата врата. Ключовете са в кутийката до вратата, кодът е {code}. Като излизаш, разбъркай "
    "цифрите. Ако има проблем, звънни в офиса на 0121 496 0781.",
    # Ukrainian / Russian
    "Код від ключниці: {code}",
    "Привіт, Надю! Завтра в тебе місіс Тейлор о 8:15 і о 13:00. Будинок 52, другий поверх. "
    "Під'їзд з кодовим замком, набери {code}. Ключі від квартири в ключниці біля дверей, там "
    "той самий код. Телефон офісу 0113 496 0310.",
    "Дівчата, у пані Джонсон змінили код на хвіртці, тепер {code}.",
    "Привет Оля, завтра у тебя мистер Грин в 7:30 и миссис Вуд в 10:00. Мистер Грин живёт в "
    "доме 16, квартира на первом этаже. Ключи в сейфе для ключей у двери, код {code}. "
    "Сигнализацию выключи сразу, пульт в коридоре. Если что, звони дочке: 07700 900 662.",
    "Замок на сарае кодовый, комбинация {code}",
    # English of the same writers
    "Keysafe {code}",
    "key box code is {code} pls delete after",
    "Good morning team, tomorrow 7:00 am Mrs Lopez call I cannot do, Divya will cover. Mrs Lopez "
    "address is 9 Park Lane, side door. Gate code is {code} and the key box is on the left of "
    "the door, key is inside. Please ring her son 07700 900 903 after the visit. Thanks.",
    "door entry {code} then flat at the end of corridor",
    "code for the lock box at Mr Reid's is {code}, the box is behind the plant pot",
    "Please note the alarm code for Mr Davies house has changed to {code}. Family asked us to "
    "keep it safe.",
    "The padlock on the back gate opens with {code}, the front door key is inside the shed.",
    "Hi all, rota for Saturday: Mrs Patel 8:00, Mr Hughes 9:15, Mrs Evans 11:00. For Mrs Evans "
    "the communal door code is {code}, then lift to floor 4, flat 41. Her daughter is on "
    "07700 900 145 if no answer. Thank you.",
    "Update from today's visit: Mr Thomas was in good mood, ate breakfast at 8:40, meds given. "
    "Key safe code is {code} as before, keys returned and box locked. Next visit 13:00. "
    "Mileage claim to follow.",
    "Subject: keysafe code Mrs Ali - {code}",
    "Mr Lee - back door keypad {code}",
    "She keeps her keys in the small safe on the wall, the number to open is {code}.",
    "Good evening po. Just to inform that the key safe at 27 Elm Road is now {code}, the family "
    "changed it today around 4pm. The old one will not work anymore. Kindly update the care "
    "plan. Thank you po and God bless.",
    "Pls the code to enter Mr Baker's block is {code}",
    "Kindly note key safe code for Mrs Rose is {code}. Do the needful and update the folder.",
    "For Mrs Gray the keys is in the box near door, code {code}",
    "Hello, the code from the gate is {code}, the dog is nice don't worry",
    "Hello sir, today 6:45 pm visit to Mr Cole done. He was sleeping, I checked the doors. The "
    "key safe code is {code}, I put the key back and locked. Tomorrow morning 7:30 who is going? "
    "Please tell them. My number 07700 900 318.",
    "Alarm panel {code} to switch off",
    "Walaal, Mr Fisher tomorrow 8:30 and 2pm. House 61, the gate has a keypad, koodhku waa "
    "{code}. Furayaasha waxay ku jiraan key safe-ka. Office 0161 496 0455.",
    "Код від key safe у Mr Webb {code}, не забудь закрити",
]

BLIND29_TABLES = [
    (["Client", "Address", "Key safe"], ["Mrs A. Nowak", "14 Hill St", "{code}"]),
    (["Imię i nazwisko", "Adres", "Kod skrzynki"], ["Pan Henryk W.", "7 Oak Rd", "{code}"]),
    (["Nume client", "Ora vizitei", "Cod cutie chei"], ["Dna Popescu", "08:15", "{code}"]),
    (["Pangalan", "Oras", "Code ng gate"], ["Lola Remy", "7:30am", "{code}"]),
    (["Service User", "Visit", "Access", "Notes"], ["Mr Singh", "AM", "Door entry {code}", "hoist x2"]),
    (["Cliente", "Dirección", "Código caja llaves"], ["Sra. Williams", "3 Mill Lane", "{code}"]),
    (["Cliente", "Orario", "Codice allarme"], ["Mr Roberts", "10:30", "{code}"]),
    (["Клиент", "Адрес", "Код за входа"], ["г-жа Смит", "21 Park Ave", "{code}"]),
    (["Клієнт", "Час", "Код ключниці"], ["Місіс Тейлор", "08:15", "{code}"]),
    (["Magaca", "Saacadda", "Koodhka albaabka"], ["Mrs White", "07:00", "{code}"]),
    (["Name", "Run", "Keysafe code", "Phone"], ["Mrs Evans", "Run 3", "{code}", "07700 900118"]),
    (["Client", "Key holder", "Lock box / code"], ["Mr Clarke", "Son (Kwame)", "back door, {code}"]),
    (["Peyar", "Neram", "Key box"], ["Mrs Brown", "9:45", "code {code}"]),
]

BLIND29_TRAPS = [
    # Polish
    "Zamówiłam nową skrzynkę na klucze, nr zamówienia {n}, ma przyjść w czwartek.",
    "Kod pocztowy sprawdź w systemie, numer klienta {n}.",
    "Wizyta u pana Józefa o {time}, klucze u sąsiadki.",
    "Dzień dobry, u pana Henryka był wczoraj ślusarz i wymienił zamek w drzwiach od ogrodu. "
    "Faktura za wymianę zamka ma numer {n}, zostawiłam ją w teczce w kuchni, proszę przekazać do "
    "biura. Nowe klucze są dwa, jeden u syna, drugi w szufladzie. Następna wizyta o {time}.",
    "Cześć, jutro pani Wanda o {time}, potem pan Józef. Skrzynka na klucze u pani Wandy jest "
    "zepsuta, firma przyjedzie, numer zgłoszenia {n}. Do tego czasu klucze są u córki, telefon "
    "w teczce. Pani Wanda urodziła się w {year}, pamiętaj przy formularzu.",
    "Zrobiłam dziś {n} kroków, te schody na klatce mnie wykończą 😅",
    "PIN do karty paliwowej zmieniony, nie piszę go tu, zapytaj Ewę. Karta kończy się na {n}.",
    # Romanian
    "Bună seara, pentru dna Dumitru am comandat o cutie de chei nouă, cea veche s-a ruginit și "
    "nu se mai deschide. Comanda are numărul {n} și vine joi. Până atunci cheile sunt la vecinul "
    "de la nr. 3, vizita de dimineață e tot la {time}.",
    "Am ajuns la dna Popescu la {time}, cheile erau în cutie, totul ok.",
    "Salut, interfonul de la bloc nu merge de ieri. Am sunat la administrație, m-au trimis la "
    "interior {n}, nimeni nu răspunde. Vizita de la {time} am făcut-o cu vecina de la etajul 2 "
    "care ne-a deschis. Dacă mâine e la fel, sunați-o pe fiica dnei Marin.",
    "Bună, raport: dl Ionescu s-a născut în {year}, trebuie corectat în dosar. Poarta din spate e "
    "stricată, am raportat la proprietar, referința {n}. Vizita de seară la {time}, intrăm pe "
    "ușa din față cu cheia din cutie.",
    "Kilometrajul mașinii: {n}, am lăsat cheile la birou.",
    "Am cumpărat lacăt nou pentru magazie, bonul nr. {n} e în plic.",
    # Tagalog / Taglish
    "Sis anong oras ka pupunta kay Lola Remy? {time} ako.",
    "Hello po, update lang kay Sir Robert: yung order ng bagong key safe, tracking number {n} "
    "daw, darating Friday pa. Habang wala pa, kunin nyo muna yung susi sa kapitbahay sa kabila, "
    "alam na nya. Yung visit bukas {time} pa rin po.",
    "Naka-lock yung gate, hinintay ko si Sir Robert hanggang {time}.",
    "Hi Joy, report ko lang: si Mrs Hughes ipinanganak {year}, tama ba sa care plan? Yung keypad "
    "sa labas ng building sira daw, may ticket na sa council, ref {n}. Bukas {time} ako babalik. "
    "Salamat!",
    "PIN ng GCash ko nakalimutan ko haha, ref ng load {n}",
    "Guys update lang, na-admit si Tatay Ben kagabi. Hospital number niya {n}, nasa Ward 7 siya. "
    "Yung susi ng bahay kinuha ng anak niya, kaya walang visit bukas ng {time}. Cancel na sa "
    "rota please.",
    # Malayalam (romanised)
    "Mrs Evans nte invoice number {n} aanu, office il kodukkanam.",
    "Chechi, Mrs Green nte pazhaya key safe pottippoyi, puthiyathu order cheythu, order no {n}. "
    "Athu varunnathu vare key avarude makal kayyil aanu, naale {time} nu avar veettil "
    "undakum. Care plan il onnu ezhuthi vekkane.",
    "Naale {time} nu varam, gate thurannu vekkane.",
    "Chechi, Mr Patel nte NHS number {n} aanu, GP form il ezhuthanam. Avarude door lock maattanam "
    "ennu paranju, locksmith naale {time} nu varum. Pinne avar {year} il aanu janichathu.",
    "Ente SIM nte PIN marannu poyi, phone lock aayi. Customer care ref {n}.",
    # Tamil (romanised)
    "Mrs Brown veetla door maathittanga, letter la ref {n} irukku.",
    "Akka naan {time} ku varuven. Key box velai seyyala, avanga magan key vechiruppaar, avar "
    "kitta vaangikonga. Office la ticket pottirukken, number {n}. Mrs Brown {year} la "
    "pirandhavanga, form la check pannunga.",
    "Akka, Mrs Lewis flat la intercom velai seyyala, repair ku housing office ku call panninen, "
    "extension {n} kudutthaanga. Naalaikku {time} ku engineer varuvaar. Appo varaikkum kizhe "
    "door la warden thirandhu viduvaar.",
    "Vanakkam Priya, Mr Singh oda medication order number {n}, pharmacy la {time} ku ready "
    "aagum. Avar {year} la pirandhavar, form la check pannunga. Building door la keypad velai "
    "seyyala, warden ku sollirukken.",
    # Nepali (romanised)
    "Dai, Mr Jones ko shopping garna gayeko thiye tara unko bank card ko PIN unlai yaad "
    "bhayena, card block bhayo. Bank le naya card pathauchha, order {n} ho. Chhora lai bhannu "
    "hai. Ma bholi {time} ma feri jaanchu.",
    "Namaste didi, Mrs Taylor ko ghar ma {time} ma pugchu, gate khulai rakhnu hai. Unko chhori le "
    "naya padlock kinnu bhayo, receipt number {n}, tyo office lai dinu. Padlock ko chabi "
    "bhitra drawer ma cha.",
    "Naya padlock ko receipt {n}, office lai pathaidinu.",
    "Namaste didi, Mr Jones ko pension ko reference {n} ho, unko chhora le sodhnu bhayeko thiyo. "
    "Unko janma {year} ma bhayeko. Bholi {time} ma locksmith aauchha alarm ra dhoka ko lock "
    "herna.",
    # Twi / Ghanaian English
    "Please the invoice for Auntie Grace's new key safe is {n}, I have sent it to Mavis.",
    "Me nua, mɛba {time}, bue gate no ma me",
    "Chale the locksmith who changed the back door lock at Auntie Grace's charged too much. "
    "Receipt no {n}, I gave it to Mavis. He said the new keys will be ready by {time} tomorrow, "
    "so until then use the front door.",
    "Good morning Efua, Mr Clarke's NHS number is {n}, please put it on the MAR chart. He was "
    "born {year}. The key safe at his back door is broken, I have reported it, we will use the "
    "key from his son until it is fixed. Visit tomorrow at {time}.",
    "Please my timesheet number for this week is {n}, I did the gate call at {time}.",
    # Somali
    "Walaal, lambarka dalabka sanduuqa furayaasha waa {n}.",
    "Waxaan imanayaa {time}, albaabka ii fur.",
    "Salaan Hodan, Mrs White lambarka NHS-ka waa {n}. Waxay dhalatay {year}. Qufulka albaabka "
    "waa la beddelayaa, nin ayaa imanaya berri {time}.",
    "Walaal, Mr Hill kaarkiisa bangiga PIN-ka wuu ilaaway, kaarkii waa la xiray. Bangiga waxay "
    "bixiyeen ref {n}, kaar cusub ayaa imanaya. Berri {time} ayaan u tagayaa, albaabka wiilkiisa "
    "ayaa ii furaya.",
    # Spanish
    "El pedido de la caja de llaves nueva es el {n}.",
    "Hola chicas, llego a casa de la Sra. Williams a las {time}. El portal sigue roto, la "
    "comunidad ha abierto incidencia {n} y dicen que tardan una semana. Llamad al timbre del "
    "bajo, la vecina nos abre.",
    "Buenas, ayer vino el cerrajero a casa de Mrs King y cambió la cerradura de la puerta "
    "trasera. Factura nº {n}, la he dejado en la carpeta azul. Hay dos llaves nuevas, una la "
    "tiene su hijo y la otra está en la oficina. Mañana voy a las {time}.",
    "Hola Lucía, Mr Baker nació en {year}, corrígelo en el plan de cuidados. La alarma saltó "
    "anoche, la empresa de seguridad abrió incidencia {n}. Mañana a las {time} viene el técnico, "
    "tienes que estar allí para abrirle.",
    "el PIN de la tarjeta de Mr Baker NO lo tenemos nosotros, lo guarda su hija. Ref. banco {n}",
    # Italian
    "Numero d'ordine della cassetta portachiavi: {n}",
    "Ciao ragazze, arrivo da Mrs Cooper alle {time}, lasciate il cancello aperto per favore. "
    "Il fabbro ha mandato il preventivo, pratica {n}, lo giro all'ufficio.",
    "Ciao, ieri da Mr Ward è venuto il fabbro per la serratura della porta sul retro. Ha lasciato "
    "la fattura n. {n}, la porto in ufficio domani. Le chiavi nuove le ha la nipote, per ora "
    "si entra dal davanti. Visita di domani sempre alle {time}.",
    "Ciao Giulia, Mrs Cooper è nata nel {year}, controlla la scheda. Il citofono del palazzo non "
    "funziona, ho chiamato l'amministratore, pratica {n}. Domani alle {time} c'è il tecnico, per "
    "entrare suona al portiere.",
    "Interno {n} per l'ufficio, se il cancello non si apre chiamate lì.",
    # Bulgarian
    "Номерът на поръчката за новата кутия за ключове е {n}.",
    "Здравейте, ще бъда при г-жа Смит в {time}, отворете ми входа. Бравата на задната врата е "
    "счупена, домоуправителят е пуснал заявка № {n}. Ключовете ги държи синът ѝ.",
    "Здравейте, вчера ключарят смени бравата при г-н Адамс, защото старата заяждаше. Фактура "
    "№ {n}, дадох я в офиса. Новите ключове са два - един при дъщеря му, един в офиса. "
    "Утре съм там в {time}.",
    "Zdravei, g-ja Hill e rodena {year}, opravi go v papkata. Alarmata se vkljuchi snoshti, "
    "firmata e otvorila signal nomer {n}. Utre v {time} idva tehnik, trjabva njakoj da mu otvori.",
    "Телефонът ми се заключи, забравих PIN-а на SIM картата, реф. {n}",
    # Ukrainian / Russian
    "Номер замовлення нової ключниці: {n}",
    "Буду у місіс Тейлор о {time}, відчиніть хвіртку.",
    "Дівчата, у місіс Тейлор учора міняли замок на задніх дверях. Рахунок від слюсаря № {n}, "
    "передала в офіс. Нові ключі поки що в її сина, він сказав, що завтра о {time} буде "
    "вдома і відчинить.",
    "Привет Оля, мистер Грин {year} года рождения, поправь в карте. Домофон в подъезде сломан, "
    "заявка в управляющую компанию {n}. Завтра в {time} придёт мастер, надо будет ему открыть.",
    "Забыла PIN от банковской карты, новую заказала, номер заявки {n}",
    "Пробег на одометре {n}, ключи от машины оставила в офисе.",
    # English of the same writers
    "Order no. {n} for the replacement key safe, due Thursday.",
    "Key safe fitted today, invoice {n} attached.",
    "Arrived at Mrs Okafor's at {time}, used key from key safe, all fine.",
    "Gate was locked, I waited until {time} then the family came.",
    "Hello team, at Mrs Okafor block the door entry buzzer is broken since Monday, I reported "
    "to housing, job ref {n}. They said engineer will come within 5 working days. For now ring "
    "her mobile and she will send the neighbour down. Her visits stay {time} and lunchtime.",
    "Please call office ext {n} about the alarm at Mr Davies",
    "Handover for Mr Reid: DOB {year}, lives alone, son visits weekends. The padlock on the shed "
    "is broken, son will fix it on Saturday, no need to go in there. Evening call moved to "
    "{time} from next week, please check the rota. He is running low on pads.",
    "Hi all, rota for Saturday: Mrs Patel {time}, Mr Hughes after. At Mrs Evans the communal "
    "door is being repaired, housing ref {n}, the concierge will let you in. Flat 41, lift to "
    "floor 4. Her daughter has the keys. Thanks.",
    "Update: Mr Thomas good mood, meds given at {time}. Key safe still broken, the locksmith "
    "quote {n} is sent to the family. Keys with the neighbour at number 12 for now. Mileage "
    "claim to follow.",
    "Keysafe code? Please ring the office on extension {n}, we don't send codes by email.",
    "Mrs Ali born {year}, lives alone, key holder is her nephew.",
    "Good evening po. The key safe at Elm Road is broken, family will replace it. Order ref {n}. "
    "Thank you po.",
    "Kindly note Mrs Rose NHS no. {n}. Do the needful and update the folder.",
    "Mr Baker's block has a new entrance door, the builder said job number {n}.",
    "the alarm was going off when I came at {time}, the neighbour switched it off",
    "Parcel for Mrs Gray: tracking {n}, leave by the gate",
    "Hello sir, today visit to Mr Cole done at {time}. He was in good spirit, I gave the "
    "evening meds and made tea. I locked the door and put the key back in the box. Timesheet "
    "no {n}, please approve. Tomorrow I am off, Sunita is covering.",
    "Mrs Hall granddaughter is staying there this week, she is doing Key Stage 2 SATs in {year}.",
    "Padlock for the shed: product code {n} from Screwfix, the brass one.",
    "Mr Fisher's house is the one built in {year}, big gate with keypad, but he opens it for us "
    "himself from the window.",
    "Work phone SIM is locked, please send the PUK, the phone number ends {n}.",
]
