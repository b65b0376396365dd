"""Access words in the other languages heard in UK care agencies, as data.

For each language: the key, the door, the gate, the box or safe, the lock, the entrance, the
intercom, the alarm, "code" and the verbs of keying, in the forms people type (with and without
diacritics). A word ending in "*" is a stem for an inflected language ("klucz*": klucz, klucze,
kluczami); stems are at least four letters, so they do not swallow short English words. Words in
other scripts (Cyrillic, Greek, Arabic, Ge'ez, the Indian scripts, Chinese) are matched through
the same look-alike skeleton as the text (phrases.py), and written NFKC, as clean() leaves text,
with no zero-width joiners. Chinese words count only apart from other characters ("密码：4821"),
so the usual compounds are words too ("钥匙盒密码").

All of these are weak (access_vocabulary.WEAK) and general: a year right after one is a year,
and the words before one must not say what the number is. (The recognizers split a word at a
combining vowel sign, so words of the Indian scripts are read as neither, and their order and
number words are not seen: tests/inspect/recognizers/test_access_code_languages.py.)
"""

WORDS = {
    "polish": """kod* szyfr* klucz* drzwi domofon* sejf* skrytk* skrzyn* skrzynk* kłódk* klodk*
        zamek zamk* brama bramy bramie bramę bramka bramki bramkę furtka furtki furtkę wejści*
        wejsci* alarm* wpisz wpisać wpisac wprowadź wprowadz naciśnij nacisnij otwiera""",
    "romanian": """cod codul codului cheie cheia cheii chei cheile ușa usa ușă ușii usii ușile
        usile cutie cutia cutiei cutiuța cutiuta poarta poartă porții portii lacăt lacat lacătul cifrul cifru
        lacatul intrare intrarea intrării intrarii interfon* alarma alarmă alarmei seif seiful
        tastați tastati introduceți introduceti apăsați apasati""",
    "portuguese": """código codigo chave chaves porta portão portao caixa cofre cadeado fechadura
        entrada interfone intercomunicador alarme senha digite digitar marque carregue códigos codigos
        portões portoes caixinha cofres cadeados fechaduras campainha porteiro alarmes senhas
        combinação combinacao insira inserir introduza pressione abra abrir tecle teclar""",
    "spanish": """código codigo clave llave llaves puerta portal portón porton caja candado
        cerradura entrada telefonillo portero alarma contraseña contrasena marque marcar teclee
        teclear introduzca pulse códigos codigos llavero cajita cajetín cajetin candados cerraduras
        puertas portales verja cancela portería porteria interfono videoportero alarmas contraseñas
        combinación combinacion ingrese ingresar introducir teclea pulsa pulsar presione presionar""",
    "italian": """codice chiave chiavi porta portone cancello cassetta cassaforte lucchetto
        serratura ingresso citofono allarme digita digitare inserisci inserire premi premere codici
        cancelletto cassettina casseforti lucchetti serrature portoncino videocitofono antifurto
        combinazione aprire componi comporre""",
    "french": """clé clef clés clefs porte portail boîte boite cadenas serrure entrée entree
        interphone digicode""",
    "lithuanian": """kodas kodą koda kodo rakt* durys durų duru duris dėžut* dezut* spyna spynos
        spyną vartai vartų vartu vartus signalizacij* įėjim* iejim*""",
    "bulgarian and russian": """код кода кодът ключ* врата вратата кутия кутията сейф сейфа
        катинар вход входа входът порта портата аларма домофон* натиснете въведете дверь двери
        замок замка коду кодом коде коды кодов* двер* сейфе сейфом ящик ящика ящике коробк*
        коробочк* ключниц* замке замком замки навесной ворота ворот калитк* шлагбаум* подъезд*
        подьезд* входе входн* парадн* сигнализаци* пароль пароля паролем наберите набрать введите
        ввести нажмите нажать откройте открыть""",
    "ukrainian": """двері дверей дверях хвіртк* скриньк* сейфі замку замці кодовий навісний вхід
        входу під'їзд під’їзд підʼїзд підїзд сигналізаці* коди паролі наберіть введіть натисніть відкрийте
        відчиніть""",
    "hungarian": "kód kódja kulcs* ajtó ajto kapu kapukód doboz* széf szef riasztó",
    "czech and slovak": """kód kódu kódem kódy kódom klíč* kľúč* kluc* klic* dveře dvere dveř* dver* dvier*
        schránk* schrank* brána brana bránu branu brány branka branky branku vrata vrátka vratka
        krabičk* krabick* trezor* zámek zámk* zámok zamok visací visaci vchod vchodu vstupu zvonek
        zvonku heslo hesla heslem zadejte zadajte stiskněte stisknete stlačte stlacte otevřete
        otevrete otvorte napište napiste""",
    "tagalog": """susi pinto pintuan kahon kandado pasukan tarangkahan gamitin pindutin ilagay susing
        pintong kahong kandadong seradura pindot pindotin buksan ipasok""",
    "turkish": """kapı kapi kapının kapinin kapısı kapisi şifre* sifre* anahtar* kutu* kilit*
        giriş giris girişi girisi""",
    "hindi and urdu, romanised": """chabi chaabi chabhi chaabhi chaabee darwaza darwaaza darwaze
        darwaaze darvaza darvaze darwazay dabba dabbe dabbi taala taale chabiyan chaabiyan kunji
        darwaja darwaaja darwaje darvaaza phatak phaatak taalaa dibba dibbe dibbi baksa bakse
        dabaye dabayen dabao daalo daalein dalein kholo kholna kholne kholein""",
    "punjabi and nepali, romanised": """chaabi buha dhoka dhokā sancho saancho booha boohe buhe
        jindra jindre darvaja talcha taalcha dhokako""",
    "malayalam, romanised": """thakkol takkol thakol thaakkol vathil vaathil vaatil vathilinte
        petti pettiyil pettiyude poottu pootu""",
    "twi": "safoa ɛpono epono pono adaka",
    "shona": "kiyi makiyi musuwo mukova kodhi bhokisi mubhokisi gedhi loko",
    "yoruba": "kọkọrọ kokoro ilẹkun ilekun ilẹ̀kùn koodu apoti àpótí geeti titiipa",
    "igbo": "igodo",
    "welsh": """côd allwedd allweddi agoriad drws drysau blwch bocs giât gât clo mynediad larwm
        sêff seff""",
    "swahili": """ufunguo funguo mlango milango kisanduku sanduku kufuli namba nambari mlangoni lango
        langoni geti sandukuni kufuli* msimbo nenosiri nywila kengele king'ora kiingilio
        bonyeza ingiza fungua andika""",
    "gujarati and bengali, romanised": "chavi chaavi darvajo darwajo dorja darja dorjar darjar baksho",
    "arabic": """رمز الرمز كود الكود باب الباب بوابة البوابة صندوق الصندوق مفتاح المفتاح مفاتيح
        المفاتيح قفل القفل مدخل المدخل العمارة البناية إنذار الإنذار انذار الانذار""",
    "arabic, romanised": "kood bab el-bab sandoo2 sandou2 mifta7 moftah",
    "somali": """koodh koodhka furaha furayaasha fure sanduuq sanduuqa albaab albaabka irridda iridda
        qufulka quful""",
    "tamil, romanised": "saavi saavy chaavi kathavu kadhavu pettiyil",
    "hindi and nepali": """चाबी चाभी चाबियाँ चाबियां कुंजी दरवाज़ा दरवाजा दरवाज़े दरवाजे द्वार गेट फाटक
        डिब्बा डिब्बे बॉक्स बक्सा ताला ताले लॉक कोड पासवर्ड पिन अलार्म इंटरकॉम प्रवेश दबाएँ दबाएं
        दबाओ डालें डालो खोलें खोलो टाइप दर्ज साँचो साचो ढोका ढोकाको बाकस ताल्चा थिच्नुहोस् थिच्नुस्
        हाल्नुहोस् खोल्नुहोस्""",
    "punjabi": """ਚਾਬੀ ਚਾਬੀਆਂ ਕੁੰਜੀ ਦਰਵਾਜ਼ਾ ਦਰਵਾਜਾ ਦਰਵਾਜ਼ੇ ਦਰਵਾਜੇ ਬੂਹਾ ਬੂਹੇ ਗੇਟ ਡੱਬਾ ਡੱਬੀ ਬਕਸਾ ਤਾਲਾ
        ਤਾਲੇ ਜਿੰਦਰਾ ਕੋਡ ਪਾਸਵਰਡ ਪਿੰਨ ਅਲਾਰਮ ਇੰਟਰਕਾਮ ਦਾਖਲਾ ਦਬਾਓ ਪਾਓ ਖੋਲ੍ਹੋ ਖੋਲੋ""",
    "urdu": """چابی چابیاں کنجی دروازہ دروازے گیٹ پھاٹک ڈبہ ڈبے باکس تالا تالے لاک کوڈ پاسورڈ الارم
        انٹرکام داخلہ دبائیں ڈالیں کھولیں""",
    "bengali": """চাবি চাবির দরজা দরজার গেট গেটের বাক্স বাক্সের তালা তালার কোড পাসওয়ার্ড পিন
        অ্যালার্ম এলার্ম ইন্টারকম প্রবেশ চাপুন টিপুন খুলুন লিখুন""",
    "gujarati": """ચાવી ચાવીઓ દરવાજો દરવાજા ગેટ ડબ્બો ડબ્બા બોક્સ તાળું તાળા લોક કોડ પાસવર્ડ પિન
        એલાર્મ ઇન્ટરકોમ પ્રવેશ દબાવો નાખો ખોલો taalu dabbo""",
    "tamil": """சாவி சாவியை திறவுகோல் கதவு கதவின் வாசல் கேட் பெட்டி பெட்டியில் பூட்டு குறியீடு
        கடவுச்சொல் அலாரம் இண்டர்காம் நுழைவு அழுத்தவும் அழுத்து திறக்க உள்ளிடவும் kadhavil""",
    "malayalam": """താക്കോൽ താക്കോല് വാതിൽ വാതില് വാതിലിന്റെ ഗേറ്റ് പെട്ടി പെട്ടിയിൽ പൂട്ട് കോഡ്
        പാസ്വേഡ് അലാറം ഇന്റർകോം പ്രവേശനം അമർത്തുക തുറക്കുക നൽകുക""",
    "farsi and dari": """کلید کلیدها كليد درب دروازه جعبه صندوق قفل کد رمز پسورد گذرواژه آیفون
        دزدگیر ورودی بزنید فشار تایپ kelid kelide jabe jabeh ghofl qofl ramz vorudi voroodi
        dozdgir""",
    "pashto": """کیلي چابي دروازې قلف جندره کوډ پاسورډ پټنوم ننوتل ولیکئ کیکاږئ""",
    "kurdish": """kilîl kilîlê kilil mifte miftê derî deriyê deriye dergeh derwaze qutî qutîk sindoq
        sindoqa kilît kilîta şîfre bitikîne binivîse têxe کلیل دەرگا دەرگاکە دەروازە سندوق
        سندووق قوتوو قفڵ قوفڵ کۆد کۆدی ئەلارم بنووسە بکەرەوە""",
    "greek": """κλειδί κλειδιά κλειδιού κλειδι κλειδια πόρτα πόρτας πόρτες πορτα αυλόπορτα αυλοπορτα
        καγκελόπορτα πύλη πύλης κουτί κουτιού κουτι κλειδαριά κλειδαριάς κλειδαρια λουκέτο
        λουκέτου λουκετο είσοδος εισόδου εισοδος θυροτηλέφωνο θυροτηλεφωνο συναγερμός συναγερμού
        συναγερμος κωδικός κωδικό κωδικού κωδικος κωδικο συνδυασμός συνδυασμό πατήστε
        πληκτρολογήστε βάλτε ανοίξτε kleidi klidi kouti kodikos kwdikos kodiko kwdiko louketo
        kleidaria klidaria""",
    "albanian": """çelës çelësi çelësin çelësat celesi celesat dera derën portë kuti kutia
        kutinë kutine dryni drynit kyçi kodi kodin fjalëkalim* fjalekalim* hyrje hyrja hyrjes
        alarmi alarmin shtypni futni hapni shkruani vendosni""",
    "amharic and tigrinya": """ቁልፍ ቁልፉ ቁልፊ በር በሩ ሳጥን ሳጥኑ ኮድ ኮዱ ፓስወርድ ማንቂያ አላርም መግቢያ መግቢያው
        ኢንተርኮም ይጫኑ ያስገቡ ይክፈቱ ይተይቡ መፍትሕ መፍትሒ ማዕጾ ካንቸሎ ሳንዱቕ መእተዊ ኣላርም ጠውቕ
        ክፈት qulf qulfu kulfu megbiya mefteh""",
    "latvian": """atslēg* atsleg* durvis durvīm durvju durvim vārti vārtiem vārtu vārtiņi vartini
        kaste kastīte kastite kastē seifs seifā slēdzen* sledzen* piekaramā ieeja ieejas ieejā
        kāpņutelpa kapnutelpa domofons signalizācij* kods kodā ievadiet ievadi nospiediet nospied
        atveriet""",
    "german": """schlüssel* schluessel* schlussel* haustür haustuer wohnungstür eingangstür
        eingangstuer türcode tuercode türschloss gartentor hoftor einfahrtstor pforte gartentür
        kästchen kaestchen tresor schloss schloß vorhängeschloss vorhaengeschloss zahlenschloss
        codeschloss eingang hauseingang gegensprechanlage sprechanlage klingel alarmanlage
        zahlencode zugangscode kennwort passwort geheimzahl kombination eingeben eintippen drücken
        druecken drücke öffnen oeffnen""",
    "dutch": """sleutel* voordeur achterdeur deur deuren poort tuinhek kastje doosje kluis kluisje
        hangslot cijferslot codeslot ingang toegang deurtelefoon parlofoon alarmsysteem toegangscode
        deurcode wachtwoord cijfercode combinatie invoeren intoetsen toets indrukken openen""",
    "vietnamese": """khóa khoá chìa cửa cổng hộp két mã mật khẩu nhập bấm nhấn mở chuông matkhau""",
    "chinese": """密码 密碼 门 門 钥匙 鑰匙 钥匙盒 钥匙箱 大门 大門 锁 鎖 门锁 密码锁 挂锁 保险箱 保险柜 密码箱
        入口 门禁 对讲机 门铃 警报 报警器 输入 按 打开 开门 钥匙盒密码 钥匙箱密码 门禁密码 大门密码
        门密码 保险箱密码""",
}

# Doors and gates as they are named in these languages, for a door's or gate's own number
# ("La puerta 49759 está en el pasillo"; access_code.py).
PLACES = """puerta portal portón porton porta portão portao portone cancello drzwi brama furtka
    poarta poartă usa ușa ușă porte portail drws giât gât pinto pintuan tarangkahan kapı kapi
    portões portoes puertas verja cancela cancelletto portoncino dveře dvere brána brana vrata branka
    двери дверь ворота калитка двері хвіртка durvis vārti haustür haustuer eingangstür gartentor
    pforte eingang deur voordeur achterdeur poort tuinhek πόρτα πορτα αυλόπορτα πύλη dera portë
    derî dergeh derwaze cửa cổng 门 門 大门 大門 दरवाज़ा दरवाजा गेट ਦਰਵਾਜ਼ਾ ਗੇਟ دروازہ گیٹ দরজা গেট
    દરવાજો ગેટ கதவு கேட் വാതിൽ ഗേറ്റ് درب دروازه በር""".split()

# Possessive particles that stand between an owner and "code" (Hindi/Urdu ka, ki, ke; Nepali ko;
# Punjabi da, di, de: "darwaze ka code", "dhoka ko code"): the word before one says whose code
# it is, as "door" does in "door code".
# Bengali "gate er code", Gujarati "ghar nu"; and the same in their scripts: Hindi, Nepali,
# Punjabi, Gujarati, Urdu ("دروازے کا code").
POSSESSIVE = frozenset("ka ki ke ko da di de er nu no ni का की के को ਦਾ ਦੀ ਦੇ નો ની નું کا کی کے".split())

ALL = sorted({word for words in WORDS.values() for word in words.split()})

# The words for "code" itself: opening a sentence they reach its value further on, as a specific
# English phrase does ("Cod y giât i'r maes parcio yw 4821", "o código do portão da D. Maria mudou
# para 4821": the code of the gate ... is, changed to).
CODE_WORDS = """cod codul cifrul kod kodu kody kodem código codigo codice kodas kodą kodo код кода кодът koodhka
    kód kódja kapukód côd şifre şifresi sifre sifresi koodu kodhi kood رمز الرمز كود الكود
    digicode senha contraseña contrasena clave códigos codigos senhas combinação combinacao combinación
    combinacion codici combinazione kódu kódem kódy kódom heslo hesla коду кодом коде коды пароль пароля
    коди kods kodā kodi kodin zahlencode zugangscode kennwort passwort geheimzahl toegangscode deurcode
    wachtwoord cijfercode κωδικός κωδικό κωδικού κωδικος κωδικο kodikos kwdikos kodiko kwdiko msimbo
    nenosiri nywila şîfre کۆد کۆدی کد کوڈ کوډ ኮድ ኮዱ कोड ਕੋਡ কোড કોડ குறியீடு കോഡ് mã 密码 密碼
    钥匙盒密码 钥匙箱密码 门禁密码 大门密码 门密码 保险箱密码""".split()

# "New" in these languages, before a code word ("nava code", "novo código"): not an owner.
NEW = """nava navan naya nayi navo novo nova nuevo nueva nowy nowe nou noul nuovo nuova nouveau naye nawa
    nawan navu notun puthiya pudhiya novos novas nuevos nuevas nuovi nuove bago bagong mpya nový nová
    nové novy nove новый новая новое новий нове jauns jaunais jaunā jauna jaunu neue neuer neues neuen
    nieuw nieuwe νέος νέο νέα καινούριο καινούργιο jadid jadeed جدید نیا نئی نئے نوی نوې نوێ
    नया नई नए नयाँ ਨਵਾਂ ਨਵੀਂ ਨਵਾ নতুন નવો નવી નવું புதிய പുതിയ አዲስ አዲሱ ሓድሽ mới 新""".split()

# What an office numbers besides codes, in the same languages — order, invoice, reference,
# receipt, serial — and the small words between such a noun and the thing it is for ("Numer
# zamówienia sejfu na klucze", "Número da encomenda do cadeado", "Rhif yr anfoneb ar gyfer y
# blwch"): the number after them is the order's, not the lock's; and a phone's extension
# ("Домофон, добавочный 2345", "Durchwahl 2345"): the extension's.
IDENTIFIERS = """zamówienie zamówienia zamowienie zamowienia zlecenie zlecenia referință referinţă
    referinței referintei faktura faktury fakturze paragon
    paragonu referencyjny encomenda encomendas pedido fatura factura referência referencia
    recibo ordine fattura riferimento ricevuta comanda comandă comenzii comanzii factură facturii
    referința referinta chitanța chitanta anfoneb archeb cyfeirnod derbynneb resibo commande
    facture référence reçu užsakymo uzsakymo sąskaitos saskaitos számla szamla számlája rendelés
    megrendelés hibajegy javítás javitas klienta klient pocztowy zgłoszenia zgloszenia замовлення пробег
    одометре одометра dalabka dalab فاتورة الفاتورة طلب الطلب طلبية مرجع المرجع إيصال ايصال
    заказ заказа фактура
    поръчка поръчката
    faturas facturas ordem albarán albaran ordine ordinazione scontrino seriale matricola
    objednávka objednávky objednávku objednavka objednavky objednavku faktúra faktúry faktuře účtenka
    uctenka účtenky doklad dokladu zakázka zakázky zakazka
    заказе заказу счёт счет счета счёта квитанция квитанции накладная накладной заявка заявки заявку
    серийный рахунок рахунку квитанція квитанції
    pasūtījums pasūtījuma pasutijums pasutijuma rēķins rēķina rekins rekina kvīts kvits atsauce
    bestellung bestellnummer rechnung rechnungsnummer referenz quittung beleg auftrag auftragsnummer
    seriennummer kundennummer
    bestelling bestelnummer factuur factuurnummer referentie bonnetje kassabon ordernummer serienummer
    klantnummer
    παραγγελία παραγγελίας τιμολόγιο τιμολογίου απόδειξη απόδειξης
    porosi porosia porosinë faturë faturës referenca
    sipariş siparis makbuz fatûre sparîş siparîş
    ankara risiti stakabadhi kumbukumbu
    raseed rasid rasiid
    سفارش فاکتور رسید پیگیری سریال فرمایش داواکاری پسوڵە فاتورە
    आर्डर ऑर्डर इनवॉइस चालान रसीद संदर्भ टिकट सीरियल रसिद ਰਸੀਦ ਆਰਡਰ رسید آرڈر انوائس
    অর্ডার ইনভয়েস রসিদ চালান ઓર્ડર ઇન્વોઇસ રસીદ ஆர்டர் ரசீது ഓർഡർ രസീത്
    ትዕዛዝ ደረሰኝ ትእዛዝ ቅብሊት
    订单 发票 收据 单号 序列号 参考号 工单 編號 编号 đơn
    добавочный доб додатковий داخلی durchwahl toestel ramal extensión εσωτ εσωτερικό 分机""".split()
NUMBER_NAMES = """numer nr número numero numărul numarul rhif numéro номер номерът száma szám szama رقم lambarka
    nambar číslo cislo čísla cisla číslem номера номеру numurs numuru numura nummer αριθμός αριθμό numri
    numrin hejmar شماره نمبر شمېره شمیره ژمارە ژمارەی नंबर नम्बर संख्या ਨੰਬਰ নম্বর নাম্বার નંબર எண்
    நம்பர் നമ്പർ ቁጥር ቁጽሪ 号码 號碼 số""".split()
LINKS = """do da de del della di dla na ar gyfer y yr ng sa pentru al la le el o du des cu za wymianę wymiany
    от на за новата новия нова нов нової новой
    für fuer vom zum zur den dem der die das voor het een para για το τα της του τον την""".split() + NEW

