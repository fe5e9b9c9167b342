/// Holds the current snapshot and wakes the browsers' long polls when it changes.
public actor PreviewStore {
    /// The site being served.
    public private(set) var snapshot: PreviewSnapshot
    private var waiters: [(after: Int, continuation: CheckedContinuation<PreviewSnapshot, Never>)] = []

    /// Creates a store.
    public init(_ snapshot: PreviewSnapshot = PreviewSnapshot()) {
        self.snapshot = snapshot
    }

    /// Replaces the snapshot and resumes every waiter.
    public func update(_ snapshot: PreviewSnapshot) {
        self.snapshot = snapshot
        let ready = waiters.filter { $0.after < snapshot.version }
        waiters.removeAll { $0.after < snapshot.version }
        for waiter in ready { waiter.continuation.resume(returning: snapshot) }
    }

    /// Returns as soon as the version is newer than `version`, or after `timeout` with the current snapshot.
    public func waitForChange(after version: Int, timeout: Duration = .seconds(25)) async -> PreviewSnapshot {
        if snapshot.version > version { return snapshot }
        let timer = Task { [weak self] in
            try? await Task.sleep(for: timeout)
            await self?.expire(after: version)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            waiters.append((version, continuation))
        }
    }

    private func expire(after version: Int) {
        let expired = waiters.filter { $0.after == version }
        waiters.removeAll { $0.after == version }
        for waiter in expired { waiter.continuation.resume(returning: snapshot) }
    }
}
