internal import Foundation

extension Array where Element: Sendable {
    /// Maps on every core, keeping the input order (so output stays deterministic).
    ///
    /// The work is cut into many chunks per core, so a slow chunk at the end leaves a core idle
    /// only briefly.
    func concurrentMap<T: Sendable>(_ transform: @escaping @Sendable (Element) -> T) async -> [T] {
        let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard cores > 1, count > 1 else { return map(transform) }
        let chunks = Swift.min(count, cores * 32)
        let size = (count + chunks - 1) / chunks
        return await withTaskGroup(of: (Int, [T]).self) { group in
            for start in stride(from: 0, to: count, by: size) {
                let slice = Array(self[start..<Swift.min(start + size, count)])
                group.addTask { (start, slice.map(transform)) }
            }
            var parts: [(Int, [T])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }
}
