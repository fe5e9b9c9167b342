/// A number of one accelerator model.
public struct FleetItem: Sendable, Hashable {
    /// The accelerator.
    public var accelerator: Accelerator
    /// How many.
    public var count: Int

    /// Creates a fleet item.
    public init(accelerator: Accelerator, count: Int) {
        self.accelerator = accelerator
        self.count = count
    }
}
