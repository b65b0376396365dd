"""Made-up names, streets and towns for the demo directory. Data only.

Towns are invented; their postcode districts have a real format but lie beyond the districts in
use (TN41, ME23 …). Phone numbers come from Ofcom's ranges reserved for drama, which never ring.
"""

FIRST_NAMES = (
    "Agnes", "Alan", "Amrit", "Ana", "Arthur", "Audrey", "Barbara", "Bernard", "Brenda", "Carol",
    "Chidi", "Colin", "Doreen", "Dorothy", "Edna", "Eileen", "Femi", "Frank", "Gareth", "Gladys",
    "Gwen", "Harold", "Hazel", "Irene", "Ivy", "Jean", "Joan", "Kathleen", "Kwame", "Leonard",
    "Lilian", "Malcolm", "Margaret", "Marek", "Maureen", "Mohammed", "Muriel", "Nigel", "Norman",
    "Olive", "Pamela", "Patrick", "Priya", "Raymond", "Rita", "Roisin", "Shirley", "Siân",
    "Stanley", "Sunil", "Sylvia", "Teresa", "Trevor", "Valerie", "Vera", "Walter", "Wendy",
    "Winifred", "Yusuf", "Zoë",
)

SURNAMES = (
    "Adeyemi", "Ahmed", "Barnes", "Bell", "Brennan", "Campbell", "Chowdhury", "Clarke", "Cole",
    "D'Souza", "Davies", "Dunne", "Evans", "Fox-Lee", "Gallagher", "Green", "Harris", "Hayes",
    "Holt", "Hughes", "Jones", "Kaur", "Knight", "Kowalski", "Lamb", "MacKay", "McLean",
    "Morgan", "Nash", "Nowak", "O'Brien", "O'Connor", "Okafor", "Palmer", "Patel", "Price",
    "Quinn", "Rahman", "Reid", "Roberts", "Shaw", "Singh", "Smith-Jones", "Sutton", "Taylor",
    "Thompson", "Turner", "Walsh", "Ward", "Webb", "Whitlock-Hart", "Williams", "Wright", "Young",
)

STREETS = (
    "Acorn", "Albion", "Ashdown", "Beacon", "Birch", "Bramble", "Castle", "Cedar", "Chapel",
    "Church", "Clover", "Copper Beech", "Elm", "Ferry", "Foxglove", "Glebe", "Hawthorn",
    "Heron", "Hillside", "Holly", "Kestrel", "Larch", "Linden", "Maple", "Meadow", "Mill",
    "Nightingale", "Orchard", "Pear Tree", "Primrose", "Quarry", "Rectory", "Rowan", "School",
    "Sheep Fold", "Station", "Tanners", "Victoria", "Willow", "Wren",
)

STREET_KINDS = ("Road", "Lane", "Close", "Avenue", "Street", "Gardens", "Crescent", "Way",
                "Drive", "Court")

# town -> postcode districts (outward codes)
TOWNS = {
    "Bramblecombe": ("TN41", "TN42"),
    "Hollowford": ("TN43",),
    "Kingsmere": ("ME23", "ME24"),
    "Little Wexley": ("ME25",),
    "Marsh Hatton": ("CT22", "CT23"),
    "Oakhurst Green": ("CT24",),
    "Saltby-on-Sea": ("CT25", "CT26"),
    "Thornwick": ("RH21",),
    "Upper Fenley": ("RH22", "RH23"),
    "Westmarsh": ("ME26",),
}

INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"

# Ofcom drama ranges: each pattern takes a three-digit number 000-999.
LANDLINE_RANGES = (
    "01632 960{:03d}", "0113 496 0{:03d}", "0114 496 0{:03d}", "0115 496 0{:03d}",
    "0116 496 0{:03d}", "0117 496 0{:03d}", "0118 496 0{:03d}", "0121 496 0{:03d}",
    "0131 496 0{:03d}", "0141 496 0{:03d}", "0151 496 0{:03d}", "0161 496 0{:03d}",
    "0191 498 0{:03d}", "020 7946 0{:03d}", "029 2018 0{:03d}", "028 9649 6{:03d}",
)
MOBILE_RANGE = "07700 900{:03d}"

ORG_DOMAIN = "agency.example"
PERSONAL_DOMAINS = ("homemail.example", "mailbox.example", "inbox.example")
GP_DOMAIN = "nhs.example"
COUNCIL_DOMAIN = "council.example"

FAMILY_LINKS = ("next_of_kin", "relative", "power_of_attorney")
