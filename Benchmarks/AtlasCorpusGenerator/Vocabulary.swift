/// Word lists the synthetic corpus is made of. Plain ASCII, no Markdown or YAML metacharacters.
enum Vocabulary {
    /// Regions: title, slug, ISO 3166-1 alpha-3 code (at most 60 are used).
    static let regions: [(title: String, slug: String, iso: String)] = [
        ("United States", "united-states", "USA"), ("Canada", "canada", "CAN"), ("Mexico", "mexico", "MEX"),
        ("Brazil", "brazil", "BRA"), ("Chile", "chile", "CHL"), ("Argentina", "argentina", "ARG"),
        ("Colombia", "colombia", "COL"), ("Peru", "peru", "PER"), ("United Kingdom", "united-kingdom", "GBR"),
        ("Ireland", "ireland", "IRL"), ("France", "france", "FRA"), ("Germany", "germany", "DEU"),
        ("Netherlands", "netherlands", "NLD"), ("Belgium", "belgium", "BEL"), ("Spain", "spain", "ESP"),
        ("Portugal", "portugal", "PRT"), ("Italy", "italy", "ITA"), ("Switzerland", "switzerland", "CHE"),
        ("Austria", "austria", "AUT"), ("Norway", "norway", "NOR"), ("Sweden", "sweden", "SWE"),
        ("Finland", "finland", "FIN"), ("Denmark", "denmark", "DNK"), ("Iceland", "iceland", "ISL"),
        ("Poland", "poland", "POL"), ("Czechia", "czechia", "CZE"), ("Greece", "greece", "GRC"),
        ("Turkey", "turkey", "TUR"), ("Israel", "israel", "ISR"), ("Saudi Arabia", "saudi-arabia", "SAU"),
        ("United Arab Emirates", "united-arab-emirates", "ARE"), ("Qatar", "qatar", "QAT"), ("Egypt", "egypt", "EGY"),
        ("Morocco", "morocco", "MAR"), ("Nigeria", "nigeria", "NGA"), ("Kenya", "kenya", "KEN"),
        ("South Africa", "south-africa", "ZAF"), ("India", "india", "IND"), ("Pakistan", "pakistan", "PAK"),
        ("China", "china", "CHN"), ("Japan", "japan", "JPN"), ("South Korea", "south-korea", "KOR"),
        ("Taiwan", "taiwan", "TWN"), ("Singapore", "singapore", "SGP"), ("Malaysia", "malaysia", "MYS"),
        ("Indonesia", "indonesia", "IDN"), ("Thailand", "thailand", "THA"), ("Vietnam", "vietnam", "VNM"),
        ("Philippines", "philippines", "PHL"), ("Australia", "australia", "AUS"), ("New Zealand", "new-zealand", "NZL"),
        ("Kazakhstan", "kazakhstan", "KAZ"), ("Uzbekistan", "uzbekistan", "UZB"), ("Romania", "romania", "ROU"),
        ("Hungary", "hungary", "HUN"), ("Ukraine", "ukraine", "UKR"), ("Estonia", "estonia", "EST"),
        ("Luxembourg", "luxembourg", "LUX"), ("Bahrain", "bahrain", "BHR"), ("Oman", "oman", "OMN"),
    ]

    /// First halves of made-up names.
    static let namePrefixes = [
        "Arden", "Boreal", "Cobalt", "Delta", "Ember", "Fjord", "Granite", "Harbor", "Iron", "Juniper",
        "Kestrel", "Lumen", "Meridian", "Nimbus", "Onyx", "Prairie", "Quartz", "Ridge", "Summit", "Tidal",
        "Umber", "Vantage", "Willow", "Xenon", "Yarrow", "Zephyr", "Aurora", "Basalt", "Cedar", "Dune",
        "Eclipse", "Falcon", "Glacier", "Helix", "Indigo", "Jasper", "Keystone", "Lattice", "Mosaic", "Northwind",
    ]

    /// Second halves of organization names.
    static let organizationNouns = [
        "Compute", "Systems", "Capital", "Power", "Labs", "Cloud", "Networks", "Partners", "Energy", "Silicon",
        "Ventures", "Holdings", "Infrastructure", "Photonics", "Grid", "Digital", "Semiconductor", "AI", "Data", "Fabric",
    ]

    /// Second halves of facility names.
    static let facilityNouns = ["Campus", "Hub", "Park", "Site", "Cluster", "Center", "Works", "Yard", "Platform", "Array"]

    /// Chip name stems.
    static let chipStems = ["Tensor", "Matrix", "Vector", "Photon", "Systolic", "Wafer", "Neuron", "Stream", "Mesh", "Core"]

    /// Cities, quoted in front matter.
    static let cities = [
        "Riverton", "Lakeside", "Millbrook", "Fairview", "Greenfield", "Springdale", "Oakridge", "Clearwater",
        "Ashford", "Bayview", "Kingsport", "Westfield", "Eastwood", "Northgate", "Southport", "Stonebridge",
    ]

    /// Tags (slug-shaped).
    static let tags: [String] = {
        let base = [
            "hyperscale", "liquid-cooling", "immersion", "nuclear", "gas-turbines", "renewables", "offshore-wind",
            "floating", "subsea", "barge", "sovereign-ai", "training", "inference", "gigawatt", "export-control",
            "hbm", "optics", "networking", "grid", "water", "heat-reuse", "financing", "debt", "equity", "ipo",
            "stargate", "neocloud", "gpu-cloud", "custom-silicon", "asic", "tpu", "photonics", "cxl", "ethernet",
            "infiniband", "power-purchase", "behind-the-meter", "battery", "solar", "geothermal", "hydro",
            "permitting", "land", "tax-incentives", "supply-chain", "packaging", "cowos", "critical-minerals",
            "standards", "open-hardware",
        ]
        return base + (1...150).map { "theme-\($0)" }
    }()

    /// Ordinary prose words.
    static let words = [
        "the", "operator", "plans", "to", "expand", "capacity", "across", "several", "phases", "while", "the", "utility",
        "reviews", "interconnection", "requests", "and", "regional", "planners", "weigh", "transmission", "upgrades",
        "investors", "expect", "demand", "for", "accelerators", "to", "remain", "strong", "through", "the", "decade",
        "cooling", "loops", "use", "treated", "water", "with", "heat", "rejected", "through", "dry", "coolers",
        "reported", "figures", "vary", "between", "sources", "and", "some", "describe", "grid", "connection", "rather",
        "than", "critical", "load", "a", "second", "building", "is", "under", "construction", "next", "to", "the",
        "first", "hall", "which", "already", "hosts", "dense", "racks", "of", "liquid", "cooled", "servers", "in",
        "rows", "fed", "by", "busways", "substation", "work", "began", "after", "permits", "were", "granted", "by",
        "the", "county", "local", "officials", "cited", "jobs", "and", "tax", "revenue", "while", "residents", "raised",
        "concerns", "about", "noise", "and", "water", "use", "the", "company", "has", "not", "confirmed", "which",
        "chips", "it", "will", "deploy", "but", "filings", "mention", "a", "large", "order", "of", "networking",
        "equipment", "optical", "transceivers", "and", "switches", "analysts", "estimate", "that", "each", "phase",
        "adds", "hundreds", "of", "megawatts", "financing", "combines", "project", "debt", "equity", "from", "partners",
        "and", "long", "term", "offtake", "contracts", "with", "anchor", "tenants", "schedules", "often", "slip",
        "because", "transformers", "and", "switchgear", "have", "long", "lead", "times",
    ]

    /// Headings.
    static let headings = [
        "Overview", "Power", "Cooling", "Capacity", "Timeline", "Financing", "Ownership", "Chips and systems",
        "Networking", "Grid connection", "Water", "Permits", "Open questions", "Sources and confidence", "History",
        "Partners", "Construction", "Operations", "Supply chain", "Outlook", "Context", "Risks", "Community", "Costs",
    ]
}
