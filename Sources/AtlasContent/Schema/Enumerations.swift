/// How sure the atlas is of an entity's facts.
public enum Confidence: String, FrontMatterEnum, Sendable {
    case high, medium, low
}

/// How exact a facility's coordinates are.
public enum LocationPrecision: String, FrontMatterEnum, Sendable {
    case site, town, county, country
}

/// Where a facility is in its life.
public enum FacilityStatus: String, FrontMatterEnum, Sendable {
    case operational, partial, construction, planned, retired

    /// Words for a reader.
    public var label: String {
        switch self {
        case .operational: "Operational"
        case .partial: "Partly operational"
        case .construction: "Under construction"
        case .planned: "Planned"
        case .retired: "Retired"
        }
    }
}

/// What a facility's power figure measures; the three are not comparable.
public enum PowerBasis: String, FrontMatterEnum, Sendable {
    case grid, facility, it

    /// Words for a reader.
    public var label: String {
        switch self {
        case .grid: "grid connection"
        case .facility: "facility power"
        case .it: "IT load"
        }
    }
}

/// A source of a facility's electricity.
public enum EnergySource: String, FrontMatterEnum, Sendable {
    case grid, gas, nuclear, coal, wind, offshoreWind = "offshore-wind", solar, hydro, geothermal, battery
}

/// Where a facility physically sits.
public enum Siting: String, FrontMatterEnum, Sendable {
    case land, floating, barge, subsea

    /// Words for a reader.
    public var label: String {
        switch self {
        case .land: "On land"
        case .floating: "Floating"
        case .barge: "Barge"
        case .subsea: "Subsea"
        }
    }
}

/// A wind turbine power curve the simulation core knows.
public enum TurbineModel: String, FrontMatterEnum, Sendable {
    case iea15MW = "iea-15mw", nrel5MW = "nrel-5mw", generic
}

/// The shape of a deal.
public enum InvestmentKind: String, FrontMatterEnum, Sendable {
    case equityRound = "equity-round", strategicEquity = "strategic-equity", supplyAgreement = "supply-agreement"
    case offtake, projectFinance = "project-finance", acquisition, ipo

    /// Words for a reader.
    public var label: String {
        switch self {
        case .equityRound: "Equity round"
        case .strategicEquity: "Strategic equity"
        case .supplyAgreement: "Supply agreement"
        case .offtake: "Offtake"
        case .projectFinance: "Project finance"
        case .acquisition: "Acquisition"
        case .ipo: "IPO"
        }
    }
}

/// What an organization does in the buildout.
public enum OrganizationKind: String, FrontMatterEnum, Sendable {
    case chipmaker, hyperscaler, neocloud, aiLab = "ai-lab", investor, `operator`, utility, government
    case consortiumBody = "consortium-body", other

    /// Words for a reader.
    public var label: String {
        switch self {
        case .aiLab: "AI lab"
        case .consortiumBody: "Consortium body"
        default: rawValue.prefix(1).uppercased() + rawValue.dropFirst()
        }
    }
}

/// An export-control rule the simulation core models.
public enum ModelledRule: String, FrontMatterEnum, Sendable {
    case us3A090of2022 = "us-3a090-2022", us3A090of2023 = "us-3a090-2023", usCaseByCase2026 = "us-2026-case-by-case"
}

/// A what-if study the simulation core runs for a scenario page.
public enum ScenarioModel: String, FrontMatterEnum, Sendable {
    case windCoverage = "wind-coverage", opticsPower = "optics-power", crossSiteTraining = "cross-site-training"
}
