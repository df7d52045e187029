import PortingModel

/// Names, places and carriers the demo data is made of. Companies and people are fictional.
enum DemoVocabulary {
    static let carriers: [(name: String, spid: String, wantsPin: Bool)] = [
        ("AT&T", "9102", true), ("Verizon", "6006", true), ("Lumen (CenturyLink)", "9636", false),
        ("Frontier Communications", "9208", false), ("Comcast Business", "7214", false),
        ("Spectrum Business", "7820", false), ("Cox Business", "7058", false), ("Windstream", "9393", false),
        ("Consolidated Communications", "9417", false), ("T-Mobile", "6529", true),
        ("RingCentral", "528E", true), ("8x8", "543D", true), ("Vonage Business", "512F", true),
        ("Bandwidth", "979E", false),
    ]

    /// Carriers (by index) that reject more than the others, so the carrier pages show a difference.
    static let rejectsOften = [0, 3, 7]

    /// The carrier of a demo order: the one drawn, except that two in three rejected orders of the
    /// other carriers go to one that rejects often. Draws nothing, so the rest of the data stays.
    static func carrierFor(_ status: OrderStatus, drawn: Int) -> Int {
        guard status == .exception || status == .suppPending, !rejectsOften.contains(drawn), drawn % 3 != 0 else { return drawn }
        return rejectsOften[drawn % rejectsOften.count]
    }

    /// How long a carrier takes, as a factor of a finished order's age: some are quick, some slow.
    static func pace(_ carrierIndex: Int) -> Double {
        [0.7, 1.0, 1.5][carrierIndex % 3]
    }

    static let firstNames = [
        "Maria", "James", "Aisha", "Wei", "Carlos", "Priya", "John", "Fatima", "Olga", "Kenji",
        "Grace", "Mohammed", "Sofia", "Liam", "Amara", "Noah", "Elena", "Tomás", "Hana", "David",
        "Zoë", "Rajesh", "Chloé", "Samuel", "Ingrid", "Kwame", "Lucía", "Mateo", "Yuki", "Omar",
    ]
    static let lastNames = [
        "Garcia", "Smith", "Okafor", "Chen", "Müller", "Patel", "O'Brien", "Nguyen", "Kowalski",
        "Tanaka", "Johnson", "Haddad", "Rossi", "Brown", "Mensah", "Williams", "Ivanova",
        "López", "Kim", "Anderson", "Dubois", "Singh", "Larsen", "Moreno", "Yamamoto", "Ali",
    ]
    static let businessWords = [
        "Northwind", "Blue Harbor", "Summit", "Cedar & Pine", "Riverside", "Keystone",
        "Lakeview", "Granite", "Redwood", "Silver Oak", "Brightline", "Harborview",
        "Meridian", "Prairie", "Copperfield", "Evergreen", "Bayside", "Highland",
    ]
    static let businessKinds = [
        "Dental", "Logistics", "Law Group", "Bakery", "Veterinary Clinic", "Realty",
        "Accounting LLP", "Plumbing", "Hotel", "Pharmacy", "Insurance Agency",
        "Auto Repair", "Architects", "School District", "Medical Group", "Café",
    ]
    static let titles = ["Owner", "Office Manager", "IT Director", "Operations Manager", "CFO", "Facilities Lead"]
    static let streets = [
        "Main St", "Oak Ave", "Market St", "Elm St", "Broadway", "Pine St", "Maple Ave",
        "Washington Blvd", "Park Rd", "Lake Shore Dr", "Cedar Ln", "Commerce Way",
    ]
    static let places: [(city: String, region: String, zip: String)] = [
        ("San Jose", "CA", "95113"), ("Austin", "TX", "78701"), ("Denver", "CO", "80202"),
        ("Portland", "OR", "97204"), ("Chicago", "IL", "60601"), ("Atlanta", "GA", "30303"),
        ("Boston", "MA", "02108"), ("Seattle", "WA", "98101"), ("Phoenix", "AZ", "85004"),
        ("Raleigh", "NC", "27601"), ("Columbus", "OH", "43215"), ("Nashville", "TN", "37203"),
    ]
    static let actors = ["porting-bot", "ops@newtel.example", "carrier-gateway", "m.garcia", "j.chen"]

    /// The rejection reasons of docs/domain.md: code and the sentence shown to people.
    static let rejections: [(code: String, reason: String)] = [
        ("BTN_MISMATCH", "The billing telephone number does not match the losing carrier's records."),
        ("ACCOUNT_NUMBER_INVALID", "The account number is missing or does not match the losing carrier's records."),
        ("PIN_INVALID", "The PIN or passcode is missing or invalid."),
        ("AUTH_NAME_MISMATCH", "The authorized name does not match the name on the account."),
        ("BUSINESS_NAME_MISMATCH", "The business name does not match the losing carrier's records."),
        ("ADDRESS_MISMATCH", "The service address or ZIP code does not match the losing carrier's records."),
        ("NOT_PORTABLE", "The number is not portable to the new provider's rate center."),
        ("NUMBER_INACTIVE", "The number is not active with the losing carrier."),
        ("PENDING_ORDER_EXISTS", "A pending port order already exists for this number."),
        ("SPECIAL_FEATURE", "The number has a feature that blocks the port (remote call forward, hunt group, DSL, ISDN or Centrex)."),
        ("PARTIAL_PORT_UNSPECIFIED", "Partial port of the account without instructions for the remaining numbers."),
        ("MIXED_ACCOUNTS", "The order has numbers from different accounts or carriers."),
        ("DATE_TOO_SOON", "The requested port date is too soon."),
        ("CARRIER_UNRESPONSIVE", "The losing carrier did not respond in time."),
    ]
}
