/// A reference training job whose data-parallel gradient all-reduce the model costs.
public struct ReferenceTrainingJob: Sendable, Hashable {
    /// Name, e.g. `llama3-405b`.
    public var name: String
    /// Model parameters.
    public var parameters: Double
    /// Tensor-parallel degree (inside a node).
    public var tensorParallel: Int
    /// Pipeline-parallel degree.
    public var pipelineParallel: Int
    /// Data-parallel degree (ranks in each gradient all-reduce).
    public var dataParallel: Int
    /// Tokens per optimiser step (global batch).
    public var tokensPerStep: Double
    /// Bytes per gradient element in the all-reduce.
    public var bytesPerGradient: Double
    /// Where the configuration comes from.
    public var source: String

    /// Creates a job.
    public init(name: String, parameters: Double, tensorParallel: Int, pipelineParallel: Int, dataParallel: Int,
                tokensPerStep: Double, bytesPerGradient: Double = 2, source: String) {
        self.name = name
        self.parameters = parameters
        self.tensorParallel = tensorParallel
        self.pipelineParallel = pipelineParallel
        self.dataParallel = dataParallel
        self.tokensPerStep = tokensPerStep
        self.bytesPerGradient = bytesPerGradient
        self.source = source
    }

    /// Llama 3.1 405B pre-training on 16,384 H100: TP 8, PP 16, DP 128, 16M-token batches.
    public static let llama3_405B = ReferenceTrainingJob(
        name: "llama3-405b", parameters: 405e9, tensorParallel: 8, pipelineParallel: 16, dataParallel: 128,
        tokensPerStep: 16e6, bytesPerGradient: 2,
        source: "Llama 3 paper (Dubey et al. 2024) parallelism table; BF16 gradients assumed [?]")

    /// Accelerators the job uses.
    public var accelerators: Int { tensorParallel * pipelineParallel * dataParallel }
    /// Gradient bytes each data-parallel rank all-reduces per step.
    public var gradientBytesPerRank: Double { parameters / Double(tensorParallel * pipelineParallel) * bytesPerGradient }
}

/// Time per step spent on the gradient all-reduce, beside the step's compute.
public struct GradientSyncResult: Sendable, Hashable {
    /// The all-reduce.
    public var collective: CollectiveResult
    /// Gradient bytes per data-parallel rank.
    public var bytesPerRank: Double
    /// Compute time of one step at the given MFU, seconds.
    public var computeSeconds: Double
    /// All-reduce time over compute time (the share exposed if nothing overlaps).
    public var communicationToCompute: Double
}

/// Gradient all-reduce time per training step (`models.md` §3.1).
public enum GradientSync {
    /// Costs one step of `job`: each data-parallel group spans `dataParallel` nodes with one rank
    /// per node (tensor parallelism fills the node), each rank on its own rail NIC.
    public static func estimate(job: ReferenceTrainingJob, inter: Link, intra: Link, peakFLOPSPerAccelerator: Double,
                                mfu: Double) throws(SimulationError) -> GradientSyncResult {
        try InputCheck.positive(job.parameters, "parameters")
        try InputCheck.positive(job.tokensPerStep, "tokens_per_step")
        try InputCheck.positive(job.bytesPerGradient, "bytes_per_gradient")
        try InputCheck.count(job.tensorParallel, "tensor_parallel")
        try InputCheck.count(job.pipelineParallel, "pipeline_parallel")
        try InputCheck.positive(peakFLOPSPerAccelerator, "peak_flops")
        try InputCheck.unitFraction(mfu, "mfu")
        let collective = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .ring, ranks: job.dataParallel, ranksPerNode: 1,
            bytes: job.gradientBytesPerRank, intra: intra, inter: inter, nicsPerNode: 1))
        let compute = 6 * job.parameters * job.tokensPerStep / (Double(job.accelerators) * peakFLOPSPerAccelerator * mfu)
        var result = GradientSyncResult(collective: collective, bytesPerRank: job.gradientBytesPerRank,
                                        computeSeconds: compute, communicationToCompute: collective.seconds / compute)
        result.collective.provenance.inputs.append(ProvenanceInput("job", text: job.name))
        result.collective.provenance.assumptions.append(
            Parameter("parameters", job.parameters, unit: "parameters", source: job.source, confidence: .verified))
        return result
    }
}
