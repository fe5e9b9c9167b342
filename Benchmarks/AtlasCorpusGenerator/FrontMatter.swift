/// Writes one entity's YAML front matter in Atlas's schema: bare numbers, quoted text, slugs that resolve.
struct FrontMatterWriter {
    let plan: CorpusPlan
    var random: SplitMix64
    var text = "---\n"

    /// `key: value` with the value as written.
    mutating func raw(_ key: String, _ value: String) { text += "\(key): \(value)\n" }

    /// `key: "value"` (the generator's text holds no quotes or backslashes).
    mutating func quoted(_ key: String, _ value: String) { text += "\(key): \"\(value)\"\n" }

    /// `key: [a, b]`.
    mutating func list(_ key: String, _ values: [String]) { text += "\(key): [\(values.joined(separator: ", "))]\n" }

    /// The fields every kind shares; `sourced` kinds get one to four sources.
    mutating func common(_ kind: Kind, _ index: Int, sourced: Bool) {
        quoted("title", plan.title(kind, index))
        quoted("summary", "A synthetic \(kind.singular) entry for benchmarking, number \(index + 1), with invented figures.")
        let tagCount = random.int(1...4)
        list("tags", random.distinct(tagCount, of: Vocabulary.tags.count).map { Vocabulary.tags[$0] })
        if sourced || random.chance(0.5) {
            text += "sources:\n"
            for s in 0..<random.int(1...4) {
                text += "  - title: \"Report \(s + 1) on \(plan.title(kind, index))\"\n"
                text += "    url: https://example.com/\(kind.rawValue)/\(plan.slug(kind, index))/\(s + 1)\n"
                text += "    publisher: \"\(random.pick(Vocabulary.namePrefixes)) News\"\n"
                text += "    date: \(date(full: random.chance(0.5)))\n"
            }
        }
        if random.chance(0.8) { raw("as_of", date(full: false)) }
        raw("confidence", random.pick(["high", "medium", "medium", "low"]))
    }

    /// A real calendar date between 2018 and 2026.
    mutating func date(full: Bool) -> String {
        let year = random.int(2018...2026), month = random.int(1...12)
        let mm = month < 10 ? "0\(month)" : "\(month)"
        guard full else { return "\(year)-\(mm)" }
        let day = random.int(1...28)
        return "\(year)-\(mm)-\(day < 10 ? "0\(day)" : "\(day)")"
    }

    /// `value` rounded to `decimals` places, without exponent, separators or trailing zeros.
    static func number(_ value: Double, _ decimals: Int = 2) -> String {
        var scale = 1
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded())
        let magnitude = abs(scaled)
        var out = scaled < 0 ? "-" : ""
        out += "\(magnitude / scale)"
        var fraction = magnitude % scale
        if fraction != 0 {
            var digits = String(fraction)
            while digits.count < decimals { digits = "0" + digits }
            while digits.hasSuffix("0") { digits.removeLast() }
            fraction = 0
            out += "." + digits
        }
        return out == "-0" ? "0" : out
    }

    /// The kind-specific fields.
    mutating func fields(_ kind: Kind, _ index: Int) {
        switch kind {
        case .facilities: facility(index)
        case .chips: chip(index)
        case .organizations:
            raw("kind", CorpusPlan.organizationKinds[index % 10])
            raw("country", plan.slug(.regions, random.below(plan.count(.regions))))
            raw("website", "https://\(plan.slug(.organizations, index)).example.com/")
        case .investments: investment(index)
        case .consortia:
            raw("founded", date(full: random.chance(0.5)))
            list("founders", random.distinct(random.int(2...6), of: plan.count(.organizations)).map { plan.slug(.organizations, $0) })
            list("members", random.distinct(random.int(0...12), of: plan.count(.organizations)).map { plan.slug(.organizations, $0) })
            quoted("focus", random.pick(["Optical scale-up interconnect", "Memory interfaces", "Rack power", "Ethernet for AI"]))
            text += "specs:\n"
            for s in 0..<random.int(1...3) { text += "  - {name: \"Spec \(s + 1)\", date: \(date(full: false))}\n" }
        case .regions:
            raw("iso_a3", Vocabulary.regions[index].iso)
            raw("grid_intensity_gco2_kwh", Self.number(random.double(20...800), 1))
            raw("grid_intensity_year", "\(random.int(2019...2025))")
        case .policies:
            quoted("jurisdiction", "\(plan.title(.regions, index % plan.count(.regions))) (ministry of industry)")
            raw("date", date(full: true))
            quoted("kind", random.pick(["export control (interim final rule)", "permitting reform", "tax incentive", "grid code"]))
            quoted("status", random.pick(["in force", "proposed", "suspended", "repealed"]))
            if random.chance(0.3) { raw("rule", random.pick(["us-3a090-2022", "us-3a090-2023", "us-2026-case-by-case"])) }
        case .pages: break
        }
    }

    mutating func facility(_ index: Int) {
        raw("operator", plan.slug(.organizations, plan.organization(role: random.pick([1, 2, 6]), &random)))
        list("owners", random.distinct(random.int(1...3), of: plan.count(.organizations)).map { plan.slug(.organizations, $0) })
        raw("country", plan.slug(.regions, random.below(plan.count(.regions))))
        quoted("city", "\(random.pick(Vocabulary.cities)), district \(random.int(1...40))")
        raw("lat", Self.number(random.double(-55...70)))
        raw("lon", Self.number(random.double(-179...179)))
        raw("location_precision", random.pick(["site", "town", "county", "country"]))
        raw("status", random.pick(["operational", "operational", "partial", "construction", "planned", "retired"]))
        raw("first_power_year", "\(random.int(2015...2030))")
        let power = Double(random.int(5...2000))
        raw("power_mw", Self.number(power, 0))
        raw("power_basis", random.pick(["grid", "facility", "it"]))
        if random.chance(0.6) { raw("it_mw", Self.number(power * random.double(0.6...0.85), 1)) }
        raw("pue", Self.number(random.double(1.05...1.6)))
        quoted("cooling", random.pick(["closed-loop liquid", "direct-to-chip liquid", "air with evaporative assist", "immersion", "seawater"]))
        let sources = random.distinct(random.int(1...3), of: 10).map {
            ["grid", "gas", "nuclear", "coal", "wind", "offshore-wind", "solar", "hydro", "geothermal", "battery"][$0]
        }
        list("energy_sources", sources)
        raw("siting", random.chance(0.94) ? "land" : random.pick(["floating", "barge", "subsea"]))
        if random.chance(0.8) {
            text += "fleet:\n"
            for chip in random.distinct(random.int(1...3), of: plan.count(.chips)) {
                text += "  - chip: \(plan.slug(.chips, chip))\n    count: \(random.int(1...200) * 500)\n"
            }
        }
        if random.chance(0.05) {
            text += "wind: {capacity_mw: \(Self.number(power * random.double(0.2...1.5), 1)), mean_speed_ms: \(Self.number(random.double(6...11), 1)), weibull_k: \(Self.number(random.double(1.6...2.6), 1)), turbine: \(random.pick(["iea-15mw", "nrel-5mw", "generic"]))}\n"
            text += "storage: {energy_mwh: \(Self.number(power * random.double(0.5...4), 0)), power_mw: \(Self.number(power * random.double(0.1...0.5), 0)), round_trip_efficiency: \(Self.number(random.double(0.8...0.92)))}\n"
        }
    }

    mutating func chip(_ index: Int) {
        raw("vendor", plan.slug(.organizations, plan.organization(role: 0, &random)))
        raw("year", "\(random.int(2016...2027))")
        quoted("process", random.pick(["TSMC N7", "TSMC 4N", "TSMC N3P", "Samsung 5LPE", "Intel 7"]))
        let bf16 = random.double(100...5000)
        raw("tdp_w", Self.number(random.double(150...1800), 0))
        raw("die_area_mm2", Self.number(random.double(300...858), 0))
        raw("bf16_tflops", Self.number(bf16, 1))
        raw("fp8_tflops", Self.number(bf16 * 2, 1))
        if random.chance(0.5) { raw("fp64_tflops", Self.number(bf16 / random.double(15...60), 1)) }
        raw("memory_gb", Self.number(Double(random.pick([32, 48, 64, 80, 96, 128, 141, 192, 256, 288])), 0))
        raw("memory_tbs", Self.number(random.double(1...12), 2))
        raw("scaleup_gbs", Self.number(Double(random.pick([200, 400, 600, 900, 1800, 3600])), 0))
        quoted("scaleup_fabric", random.pick(["NVLink 4", "NVLink 5", "Infinity Fabric", "ICI", "UALink", "Ethernet"]))
        raw("scaleup_domain", "\(random.pick([4, 8, 16, 64, 72, 144]))")
    }

    mutating func investment(_ index: Int) {
        raw("date", date(full: true))
        list("investors", random.distinct(random.int(1...4), of: plan.count(.organizations)).map { plan.slug(.organizations, $0) })
        raw("target", plan.slug(.organizations, plan.investmentTarget(index)))
        raw("kind", random.pick(["equity-round", "strategic-equity", "supply-agreement", "offtake", "project-finance", "acquisition", "ipo"]))
        raw("amount_usd", "\(random.int(1...2000) * 5_000_000)")
        if random.chance(0.4) { raw("valuation_usd", "\(random.int(1...400) * 250_000_000)") }
        if random.chance(0.3) { raw("gpus", "\(random.int(1...200) * 1000)") }
        if random.chance(0.2) { raw("gw", Self.number(random.double(0.1...5), 1)) }
        if random.chance(0.4) { list("chips", random.distinct(random.int(1...2), of: plan.count(.chips)).map { plan.slug(.chips, $0) }) }
        if random.chance(0.4) { list("facilities", random.distinct(random.int(1...2), of: plan.count(.facilities)).map { plan.slug(.facilities, $0) }) }
    }
}
