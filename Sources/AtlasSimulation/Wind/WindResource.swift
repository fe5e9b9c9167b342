/// A site's hub-height wind climate: Weibull marginal and hour-to-hour persistence.
public struct WindResource: Sendable, Hashable {
    /// Long-run mean speed at hub height, m/s.
    public var meanSpeedMS: Double
    /// Weibull shape k; nil uses `WindResource.defaultShape`.
    public var weibullK: Double?
    /// Lag-1 autocorrelation φ of the hourly Gaussian AR(1); nil uses `WindResource.defaultPersistence`.
    public var persistence: Double?

    /// Creates a resource.
    public init(meanSpeedMS: Double, weibullK: Double? = nil, persistence: Double? = nil) {
        self.meanSpeedMS = meanSpeedMS
        self.weibullK = weibullK
        self.persistence = persistence
    }

    /// Weibull shape for offshore North-Sea-type sites at 100–150 m.
    public static let defaultShape = Parameter(
        "weibull_k", 2.0, unit: "", low: 1.9, high: 2.3,
        source: "Dutch Offshore Wind Atlas Weibull notes (models.md §2.3)", confidence: .verified)
    /// Hour-to-hour persistence; calibrate per site against reanalysis.
    public static let defaultPersistence = Parameter(
        "persistence", 0.95, unit: "lag-1 autocorrelation", low: 0.9, high: 0.98,
        source: "hourly lag-1 autocorrelation 0.9–0.98 (models.md §2.3)", confidence: .uncertain)

    /// The Weibull scale c = mean / Γ(1 + 1/k), m/s.
    public static func weibullScale(meanSpeedMS: Double, shape: Double) -> Double {
        meanSpeedMS / Elementary.gamma(1 + 1 / shape)
    }
}
