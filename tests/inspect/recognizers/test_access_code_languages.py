"""Access words of more languages heard in UK care agencies (access_languages.py): Punjabi, Hindi,
Urdu, Bengali, Gujarati, Tamil, Malayalam, Nepali, Farsi/Dari, Pashto, Kurdish, Greek, Albanian,
Amharic, Tigrinya, Swahili, Russian, Ukrainian, Czech/Slovak, Latvian, German, Dutch, Vietnamese,
Chinese, and more forms of Portuguese, Spanish, Italian and Tagalog; in their own scripts and as
they are typed in Latin letters. Every positive was missed before these words (commit a7efd96);
every trap beside them stays quiet: an order's, an invoice's or an extension's number near the
access words, a year, a time told with its "at"."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer
from needtoknow.inspect.unicode_clean import clean, skeleton

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    text = skeleton(clean(text))  # as scan() hands text to the recognizers
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize("text, expected", [
    # Punjabi (Gurmukhi, romanised)
    ("ਚਾਬੀ ਵਾਲਾ ਡੱਬਾ ਕੋਡ: 4821", ["4821"]), ("ਬੂਹੇ ਦਾ ਕੋਡ 4821 ਹੈ", ["4821"]),
    ("jindre da 4821", ["4821"]),
    # Hindi (Devanagari, romanised)
    ("चाबी बॉक्स कोड: 4821", ["4821"]), ("दरवाज़े का कोड 4821 है", ["4821"]),
    ("phatak 48 21", ["4821"]), ("pehle 4821 dabao", ["4821"]),
    # Urdu
    ("چابی والے ڈبے کا کوڈ: 4821", ["4821"]), ("دروازے کا کوڈ 4821 ہے", ["4821"]),
    # Bengali
    ("চাবির বাক্সের কোড: 4821", ["4821"]), ("দরজার কোড 4821", ["4821"]),
    # Gujarati
    ("ચાવી બોક્સ કોડ: 4821", ["4821"]), ("દરવાજાનો કોડ 4821 છે", ["4821"]),
    # Tamil
    ("சாவி பெட்டி குறியீடு: 4821", ["4821"]), ("கதவு குறியீடு 4821", ["4821"]),
    # Malayalam
    ("താക്കോൽ പെട്ടി കോഡ്: 4821", ["4821"]), ("വാതിലിന്റെ കോഡ് 4821 ആണ്", ["4821"]),
    # Nepali
    ("साँचो बाकस कोड: 4821", ["4821"]), ("ढोकाको कोड 4821 हो", ["4821"]),
    # Farsi / Dari (Persian script, romanised)
    ("جعبه کلید: 4821", ["4821"]), ("کد درب ورودی 4821 است", ["4821"]),
    ("ramz-e jabe kelid 4821", ["4821"]),
    # Pashto
    ("کوډ د دروازې 4821 دی", ["4821"]), ("د کیلي قلف: 4821", ["4821"]),
    # Kurdish (Kurmanji, Sorani)
    ("kilîl qutîk şîfre: 4821", ["4821"]), ("şîfreya derî 4821 e", ["4821"]),
    ("کۆدی دەرگاکە 4821", ["4821"]),
    # Greek (and Greeklish)
    ("κωδικός κουτιού κλειδιών: 4821", ["4821"]), ("Ο κωδικός της πόρτας είναι 4821", ["4821"]),
    ("kwdikos kouti 4821", ["4821"]),
    # Albanian
    ("Kutia e çelësave: 4821", ["4821"]), ("Fjalëkalimi i derës është 4821", ["4821"]),
    # Amharic (Ge'ez, romanised), Tigrinya
    ("ሳጥን ኮድ: 4821", ["4821"]), ("የበሩ ኮድ 4821 ነው", ["4821"]), ("qulfu 4821", ["4821"]),
    ("ማዕጾ ኮድ: 4821", ["4821"]), ("መፍትሕ ሳንዱቕ 4821", ["4821"]),
    # Swahili
    ("Nywila ya lango: 4821", ["4821"]), ("Nenosiri la geti ni 4821", ["4821"]),
    ("Bonyeza 4821 kwenye mlango", ["4821"]),
    # Russian, Ukrainian
    ("Калитка: 4821", ["4821"]), ("Пароль от подъезда 4821", ["4821"]),
    ("Наберите 4821 на домофоне", ["4821"]),
    ("Хвіртка: 4821", ["4821"]), ("Введіть 4821 на домофоні", ["4821"]),
    # Czech, Slovak
    ("Heslo k trezoru: 4821", ["4821"]), ("Heslo na bránu je 4821", ["4821"]),
    ("Zadajte 4821 a otvorte", ["4821"]),
    # Latvian
    ("Atslēgu kastīte: 4821", ["4821"]), ("Ievadiet 4821 pie durvīm", ["4821"]),
    # German
    ("Schlüsselkasten: 4821", ["4821"]), ("Der Türcode ist 4821", ["4821"]),
    ("Zahlenschloss am Gartentor 4821", ["4821"]),
    # Dutch
    ("Sleutelkluis: 4821", ["4821"]), ("De toegangscode van de voordeur is 4821", ["4821"]),
    # Vietnamese
    ("Mã hộp chìa khóa: 4821", ["4821"]), ("Mã cửa là 4821", ["4821"]),
    # Chinese (simplified)
    ("钥匙盒密码：4821", ["4821"]), ("门禁密码 4821", ["4821"]), ("密码：4821", ["4821"]),
    # Portuguese, Spanish, Italian, Tagalog: more forms
    ("Combinação: 4821", ["4821"]), ("Insira 4821 no porteiro", ["4821"]),
    ("Cajetín: 4821", ["4821"]), ("La combinación es 4821", ["4821"]),
    ("Pulsa 4821 en el interfono", ["4821"]),
    ("Cancelletto: 4821", ["4821"]), ("Componi 4821 sul videocitofono", ["4821"]),
    ("Seradura: 4821", ["4821"]), ("Pindotin ang 4821 sa kahong nasa gilid", ["4821"]),
])
def test_languages_found(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    # Arabic script (Farsi, Urdu, Sorani): an order's, an invoice's, an extension's number; a year
    "شماره سفارش جعبه کلید 48213",
    "فاکتور قفل درب 48213",
    "آیفون داخلی 2345",
    "جعبه کلید سال 2019 نصب شد",
    "دروازہ 2019 میں لگا",
    "آرڈر نمبر 48213 چابی کے ڈبے کے لیے",
    "داواکاری ژمارە 48213 بۆ قفڵ",
    # Cyrillic
    "Номер заказа для домофона 48213",
    "Счёт за сейф 48213",
    "Домофон, добавочный 2345",
    "Калитку поставили в 2019",
    "Домофон не работает с 2019 года",
    # Greek
    "Αριθμός παραγγελίας για το λουκέτο 48213",
    "Τιμολόγιο κλειδαριάς 48213",
    "Κουδούνι θυροτηλέφωνο εσωτ. 2345",
    "Το λουκέτο μπήκε το 2019",
    # Ge'ez
    "ደረሰኝ ቁልፍ 48213",
    "መግቢያው 2019 ተቀይሯል",
    # Han
    "订单 钥匙盒 48213",
    "发票 门锁 48213",
    "门铃 分机 2345",
    "大门 2019 年安装",
    # Latin letters
    "Bestellnummer für den Schlüsselkasten 48213",
    "Gegensprechanlage Durchwahl 2345",
    "Die Haustür wird um 2130 abgeschlossen",
    "Haustür 2019 erneuert",
    "Factuur voor de sleutelkluis 48213",
    "Voordeur gaat om 2130 dicht",
    "Objednávka schránky na klíče 48213",
    "Faktura za trezor 48213",
    "Rēķins par atslēgu kastīti 48213",
    "Porosia e kutisë 48213",
    "Dera 2019",
    "Ankara ya kufuli 48213",
    "Siparîş qutîk 48213",
    "Hóa đơn hộp khóa 48213",
    "Cổng 2019",
    "Intercom: ramal 2345 da portaria",
    "A porta fecha às 2130",
    "Fattura del lucchetto 48213",
    "Resibo ng kandado 48213",
])
def test_language_traps_quiet(text):
    assert codes(text) == []


# Fixed outside access_languages.py: words are no longer split at combining vowel signs (phrases.LETTER),
# and "at" before a time in Russian and Greek is among access_vocabulary.STOP_BEFORE.
@pytest.mark.parametrize("text", [
    "चाबी बॉक्स 2019 में लगा था",
    "ऑर्डर नंबर 48213 चाबी बॉक्स के लिए",
    "Подъезд закрывают в 2130",
    "Η πόρτα κλειδώνει στις 2130",
])
def test_language_former_gaps(text):
    assert codes(text) == []
