/// The simulation core's version, carried in every result's provenance.
public enum ModelVersion {
    /// Bumped whenever a formula or default parameter changes.
    public static let current = "0.1.0"
}
