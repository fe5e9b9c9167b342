/// A specification a consortium published.
public struct ConsortiumSpec: Codable, Sendable, Hashable {
    /// The specification's name.
    public var name: String
    /// When it was released.
    public var date: PartialDate?

    enum CodingKeys: String, CodingKey, CaseIterable { case name, date }
}

/// A consortium, standards body or multi-source agreement.
public struct Consortium: Codable, Sendable, Hashable {
    /// When it was founded.
    public var founded: PartialDate?
    /// Founding organizations.
    public var founders: [Slug]?
    /// Other members.
    public var members: [Slug]?
    /// What it works on.
    public var focus: String?
    /// Specifications it released.
    public var specs: [ConsortiumSpec]?

    enum CodingKeys: String, CodingKey, CaseIterable { case founded, founders, members, focus, specs }

    var references: [Reference] {
        var list = ReferenceList()
        list.add("founders", .organizations, founders)
        list.add("members", .organizations, members)
        return list.items
    }
}

/// A deal: a funding round, strategic stake, supply or offtake agreement, financing or acquisition.
public struct Investment: Codable, Sendable, Hashable {
    /// When the deal was announced.
    public var date: PartialDate
    /// Who put money in or bought.
    public var investors: [Slug]
    /// Who received the money or sold.
    public var target: Slug
    /// The shape of the deal.
    public var kind: InvestmentKind?
    /// Amount in US dollars.
    public var amountUSD: Int?
    /// Valuation in US dollars.
    public var valuationUSD: Int?
    /// Accelerators covered.
    public var gpus: Int?
    /// Gigawatts covered.
    public var gw: Double?
    /// Chips involved.
    public var chips: [Slug]?
    /// Facilities involved.
    public var facilities: [Slug]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case date, investors, target, kind, amountUSD = "amount_usd", valuationUSD = "valuation_usd"
        case gpus, gw, chips, facilities
    }

    var references: [Reference] {
        var list = ReferenceList()
        list.add("investors", .organizations, investors)
        list.add("target", .organizations, target)
        list.add("chips", .chips, chips)
        list.add("facilities", .facilities, facilities)
        return list.items
    }

    func check(_ checker: inout RangeChecker) {
        checker.check(!investors.isEmpty, "investors", "name at least one investor", incomplete: true)
        checker.nonNegative(amountUSD, "amount_usd")
        checker.nonNegative(valuationUSD, "valuation_usd")
        checker.nonNegative(gpus, "gpus")
        checker.nonNegative(gw, "gw")
    }
}

/// A company, lab, investor, utility or public body.
public struct Organization: Codable, Sendable, Hashable {
    /// What it does.
    public var kind: OrganizationKind?
    /// Where it is headquartered.
    public var country: Slug?
    /// Its website.
    public var website: WebURL?

    enum CodingKeys: String, CodingKey, CaseIterable { case kind, country, website }

    var references: [Reference] {
        var list = ReferenceList()
        list.add("country", .regions, country)
        return list.items
    }
}

/// A country or region, with its grid's carbon intensity.
public struct Region: Codable, Sendable, Hashable {
    /// ISO 3166-1 alpha-3 code.
    public var isoA3: String
    /// Grid carbon intensity in gCO2/kWh.
    public var gridIntensityGCO2kWh: Double?
    /// Year of that intensity figure.
    public var gridIntensityYear: Int?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case isoA3 = "iso_a3", gridIntensityGCO2kWh = "grid_intensity_gco2_kwh", gridIntensityYear = "grid_intensity_year"
    }

    func check(_ checker: inout RangeChecker) {
        let valid = (3...10).contains(isoA3.count) && isoA3.utf8.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F }
        checker.check(valid, "iso_a3", "`\(isoA3)` is not an ISO 3166-1 alpha-3 code (three capital letters)")
        checker.nonNegative(gridIntensityGCO2kWh, "grid_intensity_gco2_kwh")
        checker.year(gridIntensityYear, "grid_intensity_year")
    }
}

/// An export control, industrial policy or permitting measure.
public struct Policy: Codable, Sendable, Hashable {
    /// Who issued it.
    public var jurisdiction: String?
    /// When it was issued.
    public var date: PartialDate?
    /// What kind of measure it is.
    public var kind: String?
    /// Whether it is in force.
    public var status: String?
    /// The rule the simulation core models for it.
    public var rule: ModelledRule?

    enum CodingKeys: String, CodingKey, CaseIterable { case jurisdiction, date, kind, status, rule }
}

