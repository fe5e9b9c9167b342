public import AtlasContent
internal import AtlasSimulation

/// A label and a formatted value.
struct PanelRow: Sendable {
    let label: String
    let value: String
}

/// An assumption a model used, with where it comes from.
struct AssumptionRow: Sendable {
    let name: String
    let value: String
    let source: String
    let confidence: String
}

/// "How this was computed": the model, its inputs and the assumptions it used.
struct HowComputed: Sendable {
    let models: String
    let inputs: [PanelRow]
    let assumptions: [AssumptionRow]

    init(_ provenances: [Provenance]) {
        let names = provenances.map { "\($0.model) model \($0.modelVersion)" }
        models = Array(Set(names)).sorted().joined(separator: ", ")
        var seenInputs: Set<String> = []
        var inputs: [PanelRow] = []
        var seenAssumptions: Set<String> = []
        var assumptions: [AssumptionRow] = []
        for provenance in provenances {
            for input in provenance.inputs where seenInputs.insert(input.name).inserted {
                inputs.append(PanelRow(label: input.name, value: Self.format(input)))
            }
            for parameter in provenance.assumptions where seenAssumptions.insert(parameter.name).inserted {
                var value = NumberFormatting.significant(parameter.value, digits: 4) + (parameter.unit.isEmpty ? "" : " " + parameter.unit)
                if let low = parameter.low, let high = parameter.high {
                    value += " (range \(NumberFormatting.significant(low, digits: 4))–\(NumberFormatting.significant(high, digits: 4)))"
                }
                assumptions.append(AssumptionRow(name: parameter.name, value: value, source: parameter.source,
                                                 confidence: "\(parameter.confidence.rawValue) \(parameter.confidence.tag)"))
            }
        }
        self.inputs = inputs
        self.assumptions = assumptions
    }

    private static func format(_ input: ProvenanceInput) -> String {
        switch input.value {
        case .number(let number): NumberFormatting.significant(number, digits: 6) + (input.unit.isEmpty ? "" : " " + input.unit)
        case .text(let text): text
        case .flag(let flag): flag ? "yes" : "no"
        }
    }
}

/// One panel of computed figures on an entity page.
struct ModelPanel: Sendable {
    let id: String
    let title: String
    let lead: String
    let rows: [PanelRow]
    let notes: [String]
    let how: HowComputed?
}

/// The computed panels of facility and chip pages.
enum ModelPanels {
    static func panels(for entry: Entry, computed: ComputedModels, values: [String: NamedValue]) -> [ModelPanel] {
        func rows(_ names: [String]) -> [PanelRow] {
            names.compactMap { name in values[name].map { PanelRow(label: $0.label, value: $0.text) } }
        }
        switch entry.details {
        case .facility:
            guard let outcome = computed.facilities[entry.id] else { return [] }
            guard case .success(let result) = outcome else {
                if case .failure(let gap) = outcome {
                    return [ModelPanel(id: "panel-computed", title: "Computed figures", lead: "The atlas's models could not run for this site: \(gap.reason).",
                                       rows: [], notes: [], how: nil)]
                }
                return []
            }
            let assessment = result.assessment
            var capacityNotes: [String] = []
            if assessment.capacity.derivedCount {
                capacityNotes.append("No fleet is declared, so the accelerator count assumes H100-class accelerators at their all-in power; treat it as an order of magnitude.")
            }
            capacityNotes.append("H100-equivalents: \(assessment.capacity.h100EquivalentBasis). Training times assume 40 % model FLOP utilisation on the whole fleet.")
            var panels = [ModelPanel(
                id: "panel-capacity", title: "Capacity",
                lead: "What the site's power supports, from its power figure, PUE and fleet.",
                rows: rows(["capacity.it_mw", "capacity.facility_mw", "capacity.accelerators", "capacity.peak_bf16_flops",
                            "capacity.peak_fp8_flops", "capacity.h100_equivalents", "training.days_1e25", "training.days_1e26"]),
                notes: capacityNotes,
                how: HowComputed([assessment.capacity.provenance] + assessment.training.map(\.provenance))
            )]
            var energyProvenance = [assessment.energy.provenance]
            var energyNotes = ["Annual figures assume the utilisation and annual PUE listed below; CO₂ is location-based, from the grid intensity of the site's region (or the world average)."]
            if let supply = assessment.supply {
                energyProvenance.append(supply.provenance)
                energyNotes.append("Own supply: an hourly simulation of \(supply.years) years of wind (and battery) against a flat load; the rest comes from the grid.")
            }
            panels.append(ModelPanel(
                id: "panel-energy", title: "Energy",
                lead: "Yearly energy, carbon and water at a typical utilisation.",
                rows: rows(["energy.it_gwh", "energy.facility_gwh", "energy.co2_kt", "energy.water_m3", "supply.capacity_factor",
                            "supply.coverage", "supply.curtailment", "supply.grid_import_gwh", "supply.storage_cycles"]),
                notes: energyNotes, how: HowComputed(energyProvenance)))
            var interconnectProvenance: [Provenance] = result.opticsByTechnology.map(\.1.provenance)
            if let sync = result.gradientSync { interconnectProvenance.append(sync.collective.provenance) }
            var interconnectNotes: [String] = []
            if let sync = result.gradientSync, let intra = result.intraLink {
                interconnectNotes.append("All-reduce of one step's gradients for a reference job (Llama 3 405B layout) over \(intra.name) inside nodes and \(result.interLink.name) between them: \(NumberFormatting.significant(sync.bytesPerRank / 1e9)) GB per rank.")
            }
            if !result.opticsByTechnology.isEmpty {
                interconnectNotes.append("A non-blocking fat tree of 51.2 Tb/s switches (102.4 Tb/s beyond what three tiers of those connect) at 400 Gb/s per accelerator, every link optical.")
            }
            panels.append(ModelPanel(
                id: "panel-interconnect", title: "Interconnect",
                lead: "The scale-out network such a fleet needs, and what its optics draw.",
                rows: rows(["fabric.tiers", "fabric.switches", "fabric.transceivers", "fabric.optics_mw_pluggable", "fabric.optics_mw_lpo",
                            "fabric.optics_mw_cpo", "interconnect.allreduce_ms", "interconnect.comm_to_compute"]),
                notes: interconnectNotes, how: interconnectProvenance.isEmpty ? nil : HowComputed(interconnectProvenance)))
            return panels.filter { !$0.rows.isEmpty || $0.how == nil }
        case .chip:
            guard let outcome = computed.chips[entry.id] else { return [] }
            switch outcome {
            case .failure(let gap):
                return [ModelPanel(id: "panel-export", title: "Export control", lead: "Not classified: \(gap.reason).", rows: [], notes: [], how: nil)]
            case .success(let export):
                return [ModelPanel(
                    id: "panel-export", title: "Export control (ECCN 3A090)",
                    lead: "The atlas's own arithmetic under each rule's thresholds; not an official classification.",
                    rows: rows(["export.tpp", "export.tpp_precision", "export.performance_density", "export.rule_2022",
                                "export.rule_2023", "export.case_by_case_2026"]),
                    notes: ["TPP is the dense throughput times the operand's bit length, at the precision that gives the most."],
                    how: HowComputed([export.provenance]))]
            }
        case .scenario:
            guard let outcome = computed.scenarios[entry.id] else { return [] }
            switch outcome {
            case .failure(let gap):
                return [ModelPanel(id: "panel-results", title: "Results", lead: "The scenario could not run: \(gap.reason).", rows: [], notes: [], how: nil)]
            case .success(let result):
                return [ModelPanel(id: "panel-results", title: "Results", lead: result.summary, rows: [], notes: [],
                                   how: HowComputed(result.provenance))]
            }
        default:
            return []
        }
    }
}
