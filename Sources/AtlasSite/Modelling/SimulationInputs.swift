public import AtlasContent
public import AtlasSimulation

/// Turns content into the simulation core's own input structs; the core never sees content types.
public enum SimulationInputs {
    /// A content chip as an accelerator; the core's preset fills what content leaves blank (all-in power).
    public static func accelerator(from chip: Chip, slug: String, path: String, preset: Accelerator? = nil) -> Accelerator {
        let preset = preset ?? AcceleratorCatalog.find(slug)
        var throughput: [Precision: Double] = [:]
        let fields: [(Precision, Double?)] = [
            (.fp64, chip.fp64TFLOPS), (.fp32, chip.fp32TFLOPS), (.tf32, chip.tf32TFLOPS), (.fp16, chip.fp16TFLOPS),
            (.bf16, chip.bf16TFLOPS), (.fp8, chip.fp8TFLOPS), (.fp6, chip.fp6TFLOPS), (.fp4, chip.fp4TFLOPS), (.int8, chip.int8TOPS),
        ]
        for (precision, value) in fields { if let value { throughput[precision] = value } }
        return Accelerator(
            name: slug, denseTFLOPS: throughput, tdpW: chip.tdpW, allInKW: chip.allInKW ?? preset?.allInKW,
            allInSource: chip.allInKW != nil ? "all_in_kw in \(path)" : preset?.allInSource,
            memoryTBs: chip.memoryTBs, chipToChipGBs: chip.scaleupGBs, dieAreaMM2: chip.dieAreaMM2,
            datacenter: chip.datacenter ?? true, source: path)
    }

    /// The accelerator a facility's count is derived for when it declares no fleet.
    static let referenceAccelerator = AcceleratorCatalog.find("h100-sxm")!

    /// The scenario of a facility, or why there is none.
    static func facilityScenario(_ entry: Entry, _ facility: Facility, graph: ContentGraph) -> Result<FacilityScenario, ModelGap> {
        var fleet: [FleetItem] = []
        for item in facility.fleet ?? [] {
            let id = EntryID(kind: .chips, slug: item.chip.value)
            guard let chipEntry = graph[id], case .chip(let chip) = chipEntry.details else {
                return .failure(ModelGap("the fleet's chip `\(item.chip.value)` is missing"))
            }
            fleet.append(FleetItem(accelerator: accelerator(from: chip, slug: id.slug, path: chipEntry.path), count: item.count))
        }
        // An accelerator with neither all-in power nor TDP (Trainium2, say) takes the all-in power the
        // site's own IT power and declared count imply.
        if fleet.contains(where: { $0.accelerator.allInKW == nil && $0.accelerator.tdpW == nil }),
           let power = facility.powerMW, let basis = facility.powerBasis {
            let pue = facility.pue ?? CapacityModel.defaultPUE.value
            let itMW = facility.itMW ?? (basis == .it ? power : power / pue)
            let count = fleet.reduce(0) { $0 + $1.count }
            if count > 0, itMW > 0 {
                let implied = itMW * 1000 / Double(count)
                fleet = fleet.map { item in
                    guard item.accelerator.allInKW == nil, item.accelerator.tdpW == nil else { return item }
                    var accelerator = item.accelerator
                    accelerator.allInKW = implied
                    accelerator.allInSource = "implied by the site's IT power (\(NumberFormatting.significant(itMW)) MW) over its declared fleet"
                    return FleetItem(accelerator: accelerator, count: item.count)
                }
            }
        }
        let capacity: CapacityInput
        if let power = facility.powerMW, let basis = facility.powerBasis {
            capacity = CapacityInput(powerMW: power, basis: basis.simulation, pue: facility.pue, fleet: fleet,
                                     accelerator: fleet.isEmpty ? referenceAccelerator : nil)
        } else if let itMW = facility.itMW {
            capacity = CapacityInput(powerMW: itMW, basis: .it, pue: facility.pue, fleet: fleet,
                                     accelerator: fleet.isEmpty ? referenceAccelerator : nil)
        } else if !fleet.isEmpty {
            // No power figure: the declared fleet's own all-in power is the IT load.
            let fleetMW = fleet.reduce(0.0) { $0 + Double($1.count) * ($1.accelerator.allInKW ?? 0) / 1000 }
            guard fleetMW > 0 else { return .failure(ModelGap("no power figure, and the fleet's all-in power is unknown")) }
            capacity = CapacityInput(powerMW: fleetMW, basis: .it, pue: facility.pue, fleet: fleet)
        } else {
            return .failure(ModelGap("no power figure and no declared fleet"))
        }
        var intensity: Double?
        if let country = facility.country, case .region(let region)? = graph[EntryID(kind: .regions, slug: country.value)]?.details {
            intensity = region.gridIntensityGCO2kWh
        }
        var supply: WindSupplyScenario?
        if let wind = facility.wind {
            let curve: PowerCurve = switch wind.turbine ?? .iea15MW {
            case .iea15MW: .iea15MW
            case .nrel5MW: .nrel5MW
            case .generic: .parametric()
            }
            let battery = facility.storage.map {
                Battery(energyMWh: $0.energyMWh, powerMW: $0.powerMW, roundTripEfficiency: $0.roundTripEfficiency ?? Battery.defaultEfficiency.value)
            } ?? .none
            // The same load the capacity chain models: the announced power on its basis, else the IT load.
            let pue = facility.pue ?? CapacityModel.defaultPUE.value
            let load: Double = switch (facility.powerMW, facility.powerBasis) {
            case (let power?, .it?): power * pue
            case (let power?, _?): power
            default: (facility.itMW ?? 0) * pue
            }
            if load > 0 {
                supply = WindSupplyScenario(
                    farm: WindFarm(capacityMW: wind.capacityMW, curve: curve),
                    resource: WindResource(meanSpeedMS: wind.meanSpeedMS, weibullK: wind.weibullK),
                    battery: battery, loadMW: load, years: 10, seed: stableSeed(entry.id.slug))
            }
        }
        return .success(FacilityScenario(capacity: capacity, gridIntensityGCO2PerKWh: intensity, supply: supply))
    }

    /// FNV-1a of the slug: each site gets its own weather, the same on every build.
    static func stableSeed(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Why a model could not run for an entity, in words for the page.
struct ModelGap: Error, Sendable, Hashable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}

extension AtlasContent.PowerBasis {
    /// The simulation core's spelling.
    var simulation: AtlasSimulation.PowerBasis {
        switch self {
        case .grid: .grid
        case .facility: .facility
        case .it: .it
        }
    }
}
