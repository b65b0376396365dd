"""Access words in the other languages heard in UK care agencies, as data.

For each language: the key, the door, the gate, the box or safe, the lock, the entrance, the
intercom, the alarm, "code" and the verbs of keying, in the forms people type (with and without
diacritics). A word ending in "*" is a stem for an inflected language ("klucz*": klucz, klucze,
kluczami); stems are at least four letters, so they do not swallow short English words. Cyrillic
words are matched through the same look-alike skeleton as the text (phrases.py).

All of these are weak (access_vocabulary.WEAK) and general: a year right after one is a year,
and the words before one must not say what the number is.
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
        entrada interfone intercomunicador alarme senha digite digitar marque carregue""",
    "spanish": """código codigo clave llave llaves puerta portal portón porton caja candado
        cerradura entrada telefonillo portero alarma contraseña contrasena marque marcar teclee
        teclear introduzca pulse""",
    "italian": """codice chiave chiavi porta portone cancello cassetta cassaforte lucchetto
        serratura ingresso citofono allarme digita digitare inserisci inserire premi premere""",
    "french": """clé clef clés clefs porte portail boîte boite cadenas serrure entrée entree
        interphone digicode""",
    "lithuanian": """kodas kodą koda kodo rakt* durys durų duru duris dėžut* dezut* spyna spynos
        spyną vartai vartų vartu vartus signalizacij* įėjim* iejim*""",
    "bulgarian and russian": """код кода кодът ключ* врата вратата кутия кутията сейф сейфа
        катинар вход входа входът порта портата аларма домофон* натиснете въведете дверь двери
        замок замка""",
    "hungarian": "kód kódja kulcs* ajtó ajto kapu kapukód doboz* széf szef riasztó",
    "czech and slovak": "kód klíč* kľúč* kluc* dveře dvere schránk* schrank* brána brana",
    "tagalog": "susi pinto pintuan kahon kandado pasukan tarangkahan gamitin pindutin ilagay",
    "turkish": """kapı kapi kapının kapinin kapısı kapisi şifre* sifre* anahtar* kutu* kilit*
        giriş giris girişi girisi""",
    "hindi and urdu, romanised": """chabi chaabi chabhi chaabhi chaabee darwaza darwaaza darwaze
        darwaaze darvaza darvaze darwazay dabba dabbe dabbi taala taale""",
    "punjabi and nepali, romanised": "chaabi buha dhoka dhokā sancho saancho",
    "malayalam, romanised": """thakkol takkol thakol thaakkol vathil vaathil vaatil vathilinte
        petti pettiyil pettiyude poottu pootu""",
    "twi": "safoa ɛpono epono pono adaka",
    "shona": "kiyi makiyi musuwo mukova kodhi bhokisi mubhokisi gedhi loko",
    "yoruba": "kọkọrọ kokoro ilẹkun ilekun ilẹ̀kùn koodu apoti àpótí geeti titiipa",
    "igbo": "igodo",
    "welsh": """côd allwedd allweddi agoriad drws drysau blwch bocs giât gât clo mynediad larwm
        sêff seff""",
    "swahili": "ufunguo funguo mlango milango kisanduku sanduku kufuli namba nambari",
    "gujarati and bengali, romanised": "chavi chaavi darvajo darwajo dorja darja dorjar darjar baksho",
    "arabic": """رمز الرمز كود الكود باب الباب بوابة البوابة صندوق الصندوق مفتاح المفتاح مفاتيح
        المفاتيح قفل القفل مدخل المدخل العمارة البناية إنذار الإنذار انذار الانذار""",
    "arabic, romanised": "kood bab el-bab sandoo2 sandou2 mifta7 moftah",
    "somali": """koodh koodhka furaha furayaasha fure sanduuq sanduuqa albaab albaabka irridda iridda
        qufulka quful""",
    "tamil, romanised": "saavi saavy chaavi kathavu kadhavu pettiyil",
}

# Doors and gates as they are named in these languages, for a door's or gate's own number
# ("La puerta 49759 está en el pasillo"; access_code.py).
PLACES = """puerta portal portón porton porta portão portao portone cancello drzwi brama furtka
    poarta poartă usa ușa ușă porte portail drws giât gât pinto pintuan tarangkahan kapı kapi""".split()

# Possessive particles that stand between an owner and "code" (Hindi/Urdu ka, ki, ke; Nepali ko;
# Punjabi da, di, de: "darwaze ka code", "dhoka ko code"): the word before one says whose code
# it is, as "door" does in "door code".
POSSESSIVE = frozenset("ka ki ke ko da di de er nu no ni".split())  # Bengali "gate er code", Gujarati "ghar nu"

ALL = sorted({word for words in WORDS.values() for word in words.split()})

# The words for "code" itself: opening a sentence they reach its value further on, as a specific
# English phrase does ("Cod y giât i'r maes parcio yw 4821", "o código do portão da D. Maria mudou
# para 4821": the code of the gate ... is, changed to).
CODE_WORDS = """cod codul cifrul kod kodu kody kodem código codigo codice kodas kodą kodo код кода кодът koodhka
    kód kódja kapukód côd şifre şifresi sifre sifresi koodu kodhi kood رمز الرمز كود الكود
    digicode senha contraseña contrasena clave""".split()

# "New" in these languages, before a code word ("nava code", "novo código"): not an owner.
NEW = "nava navan naya nayi navo novo nova nuevo nueva nowy nowe nou noul nuovo nuova nouveau".split()

# What an office numbers besides codes, in the same languages — order, invoice, reference,
# receipt, serial — and the small words between such a noun and the thing it is for ("Numer
# zamówienia sejfu na klucze", "Número da encomenda do cadeado", "Rhif yr anfoneb ar gyfer y
# blwch"): the number after them is the order's, not the lock's.
IDENTIFIERS = """zamówienie zamówienia zamowienie zamowienia zlecenie zlecenia referință referinţă
    referinței referintei faktura faktury fakturze paragon
    paragonu referencyjny encomenda encomendas pedido fatura factura referência referencia
    recibo ordine fattura riferimento ricevuta comanda comandă comenzii comanzii factură facturii
    referința referinta chitanța chitanta anfoneb archeb cyfeirnod derbynneb resibo commande
    facture référence reçu užsakymo uzsakymo sąskaitos saskaitos számla szamla számlája rendelés
    megrendelés hibajegy javítás javitas klienta klient pocztowy zgłoszenia zgloszenia замовлення пробег
    одометре одометра dalabka dalab فاتورة الفاتورة طلب الطلب طلبية مرجع المرجع إيصال ايصال
    заказ заказа фактура
    поръчка поръчката""".split()
NUMBER_NAMES = "numer nr número numero numărul numarul rhif numéro номер номерът száma szám szama رقم lambarka".split()
LINKS = """do da de del della di dla na ar gyfer y yr ng sa pentru al la le el o du des cu za wymianę wymiany
    от на за новата новия нова нов нової новой""".split() + NEW

