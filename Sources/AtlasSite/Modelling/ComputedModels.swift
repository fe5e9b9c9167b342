public import AtlasContent
public import AtlasSimulation

/// What the simulation core computed for one facility.
struct FacilityComputation: Sendable {
    let scenario: FacilityScenario
    let assessment: FacilityAssessment
    /// Gradient all-reduce per step of the reference job on this fleet, when it has one.
    let gradientSync: GradientSyncResult?
    /// The links assumed for it.
    let intraLink: Link?
    let interLink: Link
    /// Optics power of the same fabric with each technology.
    let opticsByTechnology: [(OpticsTechnology, FabricResult)]
}

/// Every model result of a build, by entity.
struct ComputedModels: Sendable {
    let facilities: [EntryID: Result<FacilityComputation, ModelGap>]
    let chips: [EntryID: Result<ExportClassification, ModelGap>]
    let accelerators: [EntryID: Accelerator]
    let scenarios: [EntryID: Result<ScenarioResult, ModelGap>]

    /// Runs the models for every facility, chip and scenario, on every core, reusing `previous`
    /// results whose inputs are unchanged (the wind simulations are the costly part).
    static func compute(graph: ContentGraph, previous: ComputedModels? = nil) async -> ComputedModels {
        let chipEntries = graph.entries(of: .chips)
        let chipResults = await chipEntries.concurrentMap { entry -> (EntryID, Accelerator?, Result<ExportClassification, ModelGap>) in
            guard case .chip(let chip) = entry.details else { return (entry.id, nil, .failure(ModelGap("not a chip"))) }
            let accelerator = SimulationInputs.accelerator(from: chip, slug: entry.id.slug, path: entry.path)
            guard !accelerator.denseTFLOPS.isEmpty else { return (entry.id, accelerator, .failure(ModelGap("no throughput figures"))) }
            do {
                return (entry.id, accelerator, .success(try ExportClassifier.classify(ExportControlInput(accelerator))))
            } catch {
                return (entry.id, accelerator, .failure(ModelGap("\(error)")))
            }
        }
        let facilityResults = await graph.entries(of: .facilities).concurrentMap { entry -> (EntryID, Result<FacilityComputation, ModelGap>) in
            guard case .facility(let facility) = entry.details else { return (entry.id, .failure(ModelGap("not a facility"))) }
            switch SimulationInputs.facilityScenario(entry, facility, graph: graph) {
            case .failure(let gap): return (entry.id, .failure(gap))
            case .success(let scenario):
                if case .success(let old)? = previous?.facilities[entry.id], old.scenario == scenario { return (entry.id, .success(old)) }
                return (entry.id, computeFacility(scenario))
            }
        }
        let scenarioResults = await graph.entries(of: .scenarios).concurrentMap { entry -> (EntryID, Result<ScenarioResult, ModelGap>) in
            guard case .scenario(let scenario) = entry.details else { return (entry.id, .failure(ModelGap("not a scenario"))) }
            if case .success(let old)? = previous?.scenarios[entry.id], old.input == scenario { return (entry.id, .success(old)) }
            return (entry.id, ScenarioRuns.run(scenario))
        }
        return ComputedModels(
            facilities: Dictionary(facilityResults, uniquingKeysWith: { first, _ in first }),
            chips: Dictionary(chipResults.map { ($0.0, $0.2) }, uniquingKeysWith: { first, _ in first }),
            accelerators: Dictionary(chipResults.compactMap { result in result.1.map { (result.0, $0) } }, uniquingKeysWith: { first, _ in first }),
            scenarios: Dictionary(scenarioResults, uniquingKeysWith: { first, _ in first })
        )
    }

    private static func computeFacility(_ scenario: FacilityScenario) -> Result<FacilityComputation, ModelGap> {
        do {
            let assessment = try FacilityModel.assess(scenario)
            let capacity = assessment.capacity
            let inter = Link.ibNDR
            var intra: Link?
            var sync: GradientSyncResult?
            if let main = capacity.fleet.max(by: { $0.count < $1.count }), let peak = main.accelerator.peakFLOPS(.bf16) {
                let scaleUp = main.accelerator.chipToChipGBs ?? 0
                intra = scaleUp >= 1800 ? .nvlink5 : scaleUp >= 900 ? .nvlink4 : .pcie5
                sync = try? GradientSync.estimate(job: .llama3_405B, inter: inter, intra: intra!, peakFLOPSPerAccelerator: peak, mfu: scenario.mfu)
            }
            var optics: [(OpticsTechnology, FabricResult)] = []
            if capacity.accelerators >= 2 {
                for technology in OpticsTechnology.allCases {
                    // Beyond three tiers of 51.2 Tb/s switches, the next generation (102.4 Tb/s).
                    if let fabric = try? FatTreeFabric.size(FabricInput(accelerators: capacity.accelerators, nicGbps: scenario.nicGbps, technology: technology))
                        ?? FatTreeFabric.size(FabricInput(accelerators: capacity.accelerators, nicGbps: scenario.nicGbps, switchTbps: 102.4, technology: technology)) {
                        optics.append((technology, fabric))
                    }
                }
            }
            return .success(FacilityComputation(scenario: scenario, assessment: assessment, gradientSync: sync,
                                                intraLink: intra, interLink: inter, opticsByTechnology: optics))
        } catch {
            return .failure(ModelGap("\(error)"))
        }
    }
}
