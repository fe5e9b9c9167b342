/// One accelerator model and how many of it a facility runs.
public struct FleetEntry: Codable, Sendable, Hashable {
    /// The chip's slug.
    public var chip: Slug
    /// How many.
    public var count: Int

    enum CodingKeys: String, CodingKey, CaseIterable { case chip, count }
}

/// A site's own wind supply.
public struct WindSupply: Codable, Sendable, Hashable {
    /// Nameplate capacity.
    public var capacityMW: Double
    /// Mean wind speed at hub height.
    public var meanSpeedMS: Double
    /// Weibull shape parameter.
    public var weibullK: Double?
    /// The power curve to use.
    public var turbine: TurbineModel?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case capacityMW = "capacity_mw", meanSpeedMS = "mean_speed_ms", weibullK = "weibull_k", turbine
    }
}

/// A site's own battery.
public struct StorageSupply: Codable, Sendable, Hashable {
    /// Energy capacity.
    public var energyMWh: Double
    /// Charge and discharge limit.
    public var powerMW: Double
    /// Fraction of energy returned, 0–1.
    public var roundTripEfficiency: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case energyMWh = "energy_mwh", powerMW = "power_mw", roundTripEfficiency = "round_trip_efficiency"
    }
}

/// An AI data center: on land, floating, on a barge or under the sea.
public struct Facility: Codable, Sendable, Hashable {
    /// The operating organization.
    public var `operator`: Slug?
    /// Owners and anchor tenants.
    public var owners: [Slug]?
    /// The region it stands in.
    public var country: Slug?
    /// Town or area, as sources name it.
    public var city: String?
    /// Latitude in decimal degrees.
    public var lat: Double?
    /// Longitude in decimal degrees.
    public var lon: Double?
    /// How exact the coordinates are.
    public var locationPrecision: LocationPrecision?
    /// Where it is in its life.
    public var status: FacilityStatus?
    /// Year it first drew power.
    public var firstPowerYear: Int?
    /// Announced power, measured as `powerBasis` says.
    public var powerMW: Double?
    /// What `powerMW` measures.
    public var powerBasis: PowerBasis?
    /// Critical IT load.
    public var itMW: Double?
    /// Power usage effectiveness (facility over IT power).
    public var pue: Double?
    /// How it is cooled.
    public var cooling: String?
    /// Where its electricity comes from.
    public var energySources: [EnergySource]?
    /// On land, floating, on a barge or subsea.
    public var siting: Siting?
    /// Declared accelerators by chip.
    public var fleet: [FleetEntry]?
    /// Its own wind supply, if any.
    public var wind: WindSupply?
    /// Its own battery, if any.
    public var storage: StorageSupply?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case `operator`, owners, country, city, lat, lon, locationPrecision = "location_precision", status
        case firstPowerYear = "first_power_year", powerMW = "power_mw", powerBasis = "power_basis", itMW = "it_mw"
        case pue, cooling, energySources = "energy_sources", siting, fleet, wind, storage
    }

    var references: [Reference] {
        var list = ReferenceList()
        list.add("operator", .organizations, `operator`)
        list.add("owners", .organizations, owners)
        list.add("country", .regions, country)
        for (index, entry) in (fleet ?? []).enumerated() {
            list.add("fleet.\(index).chip", .chips, entry.chip)
        }
        return list.items
    }

    func check(_ checker: inout RangeChecker) {
        if let lat { checker.check((-90...90).contains(lat), "lat", "\(lat) is outside −90…90") }
        if let lon { checker.check((-180...180).contains(lon), "lon", "\(lon) is outside −180…180") }
        checker.check((lat == nil) == (lon == nil), lat == nil ? "lon" : "lat", "give both `lat` and `lon`, or neither")
        checker.year(firstPowerYear, "first_power_year")
        checker.nonNegative(powerMW, "power_mw")
        checker.nonNegative(itMW, "it_mw")
        if let pue { checker.check(pue >= 1, "pue", "\(pue) is below 1; PUE is facility power over IT power") }
        if powerMW != nil { checker.check(powerBasis != nil, "power_mw", "say what the figure measures with `power_basis` (grid, facility or it)") }
        for (index, entry) in (fleet ?? []).enumerated() {
            checker.check(entry.count > 0, "fleet.\(index).count", "must be greater than zero")
        }
        if let wind {
            checker.positive(wind.capacityMW, "wind.capacity_mw")
            checker.positive(wind.meanSpeedMS, "wind.mean_speed_ms")
            if let k = wind.weibullK { checker.check(k > 0 && k <= 10, "wind.weibull_k", "\(k) is outside 0…10") }
        }
        if let storage {
            checker.nonNegative(storage.energyMWh, "storage.energy_mwh")
            checker.nonNegative(storage.powerMW, "storage.power_mw")
            if let rte = storage.roundTripEfficiency {
                checker.check(rte > 0 && rte <= 1, "storage.round_trip_efficiency", "\(rte) is outside 0…1")
            }
        }
    }
}
