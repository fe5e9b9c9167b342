/// An optical link technology and its energy per bit, derived from a published port power.
public enum OpticsTechnology: String, Sendable, Hashable, CaseIterable {
    /// DSP-based pluggable module.
    case pluggable
    /// Linear-drive pluggable optics (no DSP).
    case lpo
    /// Co-packaged optics.
    case cpo

    /// The published port power and rate, W and Gb/s.
    public var portFigure: (watts: Double, gbps: Double) {
        switch self {
        case .pluggable: (30, 1600)
        case .lpo: (8.5, 800)
        case .cpo: (9, 1600)
        }
    }

    /// Energy per bit, E = P / rate, as a parameter with its source.
    public var energyPerBit: Parameter {
        let figure = portFigure
        let picojoules = figure.watts / (figure.gbps * 1e9) * 1e12
        switch self {
        case .pluggable:
            return Parameter("pj_per_bit", picojoules, unit: "pJ/bit", low: 17.5, high: 20,
                             source: "1.6T DSP pluggable ~30 W per port (NVIDIA, GTC/Hot Chips 2025 as reported)", confidence: .derived)
        case .lpo:
            return Parameter("pj_per_bit", picojoules, unit: "pJ/bit", low: 10, high: 11.25,
                             source: "800G LPO 8–9 W per module, ~50 % below DSP (industry press)", confidence: .derived)
        case .cpo:
            return Parameter("pj_per_bit", picojoules, unit: "pJ/bit", low: 5, high: 6,
                             source: "NVIDIA Quantum-X/Spectrum-X Photonics ~9 W per 1.6T port (TechInsights)", confidence: .derived)
        }
    }
}
