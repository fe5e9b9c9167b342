/// Why GeoJSON could not become a `WorldMap`.
public struct WorldMapError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public let message: String

    /// The message.
    public var description: String { message }
}
