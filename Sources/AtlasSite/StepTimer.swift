/// Measures the pipeline's steps for `atlas build --timings`.
struct StepTimer {
    private var last = ContinuousClock.now
    private(set) var laps: [(step: String, duration: Duration)] = []

    /// Records the time since the previous lap under `step`.
    mutating func lap(_ step: String) {
        let now = ContinuousClock.now
        laps.append((step, last.duration(to: now)))
        last = now
    }
}
