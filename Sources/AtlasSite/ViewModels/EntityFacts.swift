public import AtlasContent

/// The facts table of each kind: labels, values with units, and links to referenced entities.
enum EntityFacts {
    static func facts(for entry: Entry, context: SiteContext) -> [Fact] {
        var rows = FactRows(context: context)
        switch entry.details {
        case .facility(let facility): facilityFacts(facility, into: &rows)
        case .chip(let chip): chipFacts(chip, into: &rows)
        case .consortium(let consortium):
            rows.text("Founded", consortium.founded?.description)
            rows.links("Founders", .organizations, consortium.founders)
            rows.links("Members", .organizations, consortium.members)
            rows.text("Focus", consortium.focus)
            rows.list("Specifications", (consortium.specs ?? []).map { spec in
                spec.date.map { "\(spec.name) (\($0))" } ?? spec.name
            })
        case .investment(let deal):
            rows.text("Date", deal.date.description)
            rows.text("Kind", deal.kind?.label)
            rows.links("Investors", .organizations, deal.investors)
            rows.links("Target", .organizations, [deal.target])
            rows.text("Amount", deal.amountUSD.map(NumberFormatting.usd))
            rows.text("Valuation", deal.valuationUSD.map(NumberFormatting.usd))
            rows.text("Accelerators", deal.gpus.map(NumberFormatting.integer))
            rows.number("Power", deal.gw, unit: "GW")
            rows.links("Chips", .chips, deal.chips)
            rows.links("Facilities", .facilities, deal.facilities)
        case .organization(let organization):
            rows.text("Kind", organization.kind?.label)
            footprint(entry, into: &rows)
            rows.links("Country", .regions, organization.country.map { [$0] })
            if let website = organization.website {
                rows.append(Fact(label: "Website", values: [FactValue(text: website.value, url: website.value)]))
            }
        case .region(let region):
            rows.text("ISO 3166 code", region.isoA3)
            footprint(entry, into: &rows)
            if let intensity = region.gridIntensityGCO2kWh {
                let year = region.gridIntensityYear.map { " (\($0))" } ?? ""
                rows.text("Grid carbon intensity", NumberFormatting.decimal(intensity, decimals: 1) + " gCO₂/kWh" + year)
            }
        case .policy(let policy):
            rows.text("Jurisdiction", policy.jurisdiction)
            rows.text("Date", policy.date?.description)
            rows.text("Kind", policy.kind)
            rows.text("Status", policy.status)
            rows.text("Modelled rule", policy.rule?.rawValue)
        case .scenario(let scenario):
            rows.text("Model", scenario.model.rawValue)
            rows.number("Load", scenario.loadMW, unit: "MW")
            rows.number("Mean wind speed", scenario.meanSpeedMS, unit: "m/s")
            rows.number("Weibull k", scenario.weibullK, unit: nil)
            rows.text("Turbine", scenario.turbine?.rawValue)
            rows.list("Overbuild swept", (scenario.overbuild ?? []).map { NumberFormatting.decimal($0) + "×" })
            rows.list("Battery hours swept", (scenario.batteryHours ?? []).map { NumberFormatting.decimal($0) + " h" })
            rows.text("Simulated years", scenario.years.map(String.init))
            rows.list("Accelerators swept", (scenario.accelerators ?? []).map(NumberFormatting.integer))
            rows.number("NIC speed", scenario.nicGbps, unit: "Gb/s")
            rows.list("Distances swept", (scenario.distanceKM ?? []).map { NumberFormatting.decimal($0) + " km" })
            rows.list("WAN bandwidth swept", (scenario.wanGbps ?? []).map { NumberFormatting.decimal($0) + " Gb/s" })
            rows.text("Accelerators", scenario.gpus.map(NumberFormatting.integer))
            rows.text("Accelerators per node", scenario.gpusPerNode.map(String.init))
            rows.number("Gradients per step", scenario.gradientGB, unit: "GB")
        case .page:
            break
        }
        rows.text("As of", entry.common.asOf?.description)
        return rows.facts
    }

    /// Totals over the facilities an organization runs or owns, or a region holds.
    private static func footprint(_ entry: Entry, into rows: inout FactRows) {
        let facilities = EntityCharts.relatedFacilities(entry, context: rows.context)
        guard !facilities.isEmpty else { return }
        var megawatts = 0.0, accelerators = 0
        for facility in facilities {
            if case .facility(let fields) = facility.details { megawatts += fields.powerMW ?? 0 }
            if case .success(let result)? = rows.context.computed.facilities[facility.id] { accelerators += result.assessment.capacity.accelerators }
        }
        rows.text("Facilities in the atlas", String(facilities.count))
        if megawatts > 0 { rows.text("Announced power (mixed bases)", NumberFormatting.decimal(megawatts, decimals: 0) + " MW") }
        if accelerators > 0 { rows.text("Accelerators (declared or derived)", NumberFormatting.compact(Double(accelerators))) }
    }

    private static func facilityFacts(_ facility: Facility, into rows: inout FactRows) {
        rows.links("Operator", .organizations, facility.operator.map { [$0] })
        rows.links("Owners and tenants", .organizations, facility.owners)
        if let status = facility.status {
            rows.append(Fact(label: "Status", values: [FactValue(text: status.label, url: rows.context.link(Routes.status(status)))]))
        }
        if let siting = facility.siting {
            rows.append(Fact(label: "Siting", values: [FactValue(text: siting.label, url: rows.context.link(Routes.siting(siting)))]))
        }
        var place: [FactValue] = []
        if let city = facility.city { place.append(FactValue(text: city)) }
        if let country = facility.country {
            place.append(FactValue(text: rows.context.graph[EntryID(kind: .regions, slug: country.value)]?.title ?? country.value,
                                   url: rows.context.link(Routes.entry(EntryID(kind: .regions, slug: country.value)))))
        }
        if !place.isEmpty { rows.append(Fact(label: "Location", values: place)) }
        if let lat = facility.lat, let lon = facility.lon {
            let precision = facility.locationPrecision.map { " (approximate, \($0.rawValue) level)" } ?? ""
            rows.text("Coordinates", "\(NumberFormatting.decimal(lat, decimals: 3))°, \(NumberFormatting.decimal(lon, decimals: 3))°\(precision == " (approximate, site level)" ? "" : precision)")
        }
        rows.text("First power", facility.firstPowerYear.map(String.init))
        if let power = facility.powerMW {
            rows.text("Power", NumberFormatting.decimal(power) + " MW" + (facility.powerBasis.map { " (\($0.label))" } ?? ""))
        }
        rows.number("IT load", facility.itMW, unit: "MW")
        rows.number("PUE", facility.pue, unit: nil)
        rows.text("Cooling", facility.cooling)
        rows.list("Energy sources", (facility.energySources ?? []).map(\.rawValue))
        if let fleet = facility.fleet {
            rows.append(Fact(label: "Fleet", values: fleet.map { entry in
                let id = EntryID(kind: .chips, slug: entry.chip.value)
                return FactValue(text: "\(NumberFormatting.integer(entry.count)) × \(rows.context.graph[id]?.title ?? entry.chip.value)",
                                 url: rows.context.link(Routes.entry(id)))
            }.markingLast()))
        }
        if let wind = facility.wind {
            var text = "\(NumberFormatting.decimal(wind.capacityMW)) MW, mean wind \(NumberFormatting.decimal(wind.meanSpeedMS)) m/s"
            if let k = wind.weibullK { text += ", Weibull k \(NumberFormatting.decimal(k))" }
            if let turbine = wind.turbine { text += ", \(turbine.rawValue) turbines" }
            rows.text("Own wind supply", text)
        }
        if let storage = facility.storage {
            var text = "\(NumberFormatting.decimal(storage.energyMWh)) MWh / \(NumberFormatting.decimal(storage.powerMW)) MW"
            if let rte = storage.roundTripEfficiency { text += ", \(NumberFormatting.decimal(rte * 100, decimals: 1)) % round trip" }
            rows.text("Battery storage", text)
        }
    }

    private static func chipFacts(_ chip: Chip, into rows: inout FactRows) {
        rows.links("Vendor", .organizations, chip.vendor.map { [$0] })
        rows.text("Year", chip.year.map(String.init))
        rows.text("Process", chip.process)
        rows.number("TDP", chip.tdpW, unit: "W")
        rows.number("Die area", chip.dieAreaMM2, unit: "mm²")
        if chip.datacenter == false { rows.text("Designed for data centers", "no") }
        for entry in chip.throughputs {
            rows.number("\(entry.label) dense", entry.value, unit: entry.key == "int8_tops" ? "TOPS" : "TFLOPS")
        }
        rows.number("Memory", chip.memoryGB, unit: "GB")
        rows.number("Memory bandwidth", chip.memoryTBs, unit: "TB/s")
        rows.number("Scale-up bandwidth", chip.scaleupGBs, unit: "GB/s (bidirectional)")
        rows.text("Scale-up fabric", chip.scaleupFabric)
        rows.text("Scale-up domain", chip.scaleupDomain.map { "\(NumberFormatting.integer($0)) accelerators" })
        rows.number("All-in power per accelerator", chip.allInKW, unit: "kW")
    }
}

/// Accumulates fact rows, skipping absent values.
struct FactRows {
    let context: SiteContext
    private(set) var facts: [Fact] = []

    init(context: SiteContext) { self.context = context }

    mutating func append(_ fact: Fact) { facts.append(Fact(label: fact.label, values: fact.values.markingLast())) }

    mutating func text(_ label: String, _ value: String?) {
        if let value, !value.isEmpty { facts.append(Fact(label: label, values: [FactValue(text: value, isLast: true)])) }
    }

    mutating func number(_ label: String, _ value: Double?, unit: String?) {
        if let value { text(label, NumberFormatting.decimal(value) + (unit.map { " " + $0 } ?? "")) }
    }

    mutating func list(_ label: String, _ values: [String]) {
        if !values.isEmpty { facts.append(Fact(label: label, values: values.map { FactValue(text: $0) }.markingLast())) }
    }

    mutating func links(_ label: String, _ kind: ContentKind, _ slugs: [Slug]?) {
        guard let slugs, !slugs.isEmpty else { return }
        facts.append(Fact(label: label, values: slugs.map { slug in
            let id = EntryID(kind: kind, slug: slug.value)
            return FactValue(text: context.graph[id]?.title ?? slug.value, url: context.link(Routes.entry(id)))
        }.markingLast()))
    }
}

extension [FactValue] {
    /// Marks the last value, so templates can put commas between values.
    func markingLast() -> [FactValue] {
        var values = self
        if !values.isEmpty { values[values.count - 1].isLast = true }
        return values
    }
}
