import Testing
import AtlasSimulation

@Suite struct InterconnectTests {
    @Test("V6: 8-GPU all-reduce busbw 480 GB/s is algbw 480·8/14 = 274.3 GB/s (nccl-tests #212, PERFORMANCE.md)")
    func busbwToAlgbw() {
        let algbw = CollectiveModel.algbw(busbw: 480, operation: .allReduce, ranks: 8)
        #expect(abs(algbw / 274.3 - 1) <= 0.01)
        #expect(abs(CollectiveModel.busbw(algbw: algbw, operation: .allReduce, ranks: 8) - 480) < 1e-12)
    }

    @Test("nccl-tests bus-bandwidth factors (doc/PERFORMANCE.md)")
    func factors() {
        #expect(CollectiveOperation.allReduce.busBandwidthFactor(ranks: 4) == 1.5)
        #expect(CollectiveOperation.reduceScatter.busBandwidthFactor(ranks: 4) == 0.75)
        #expect(CollectiveOperation.allGather.busBandwidthFactor(ranks: 8) == 0.875)
        #expect(CollectiveOperation.allToAll.busBandwidthFactor(ranks: 2) == 0.5)
        #expect(CollectiveOperation.broadcast.busBandwidthFactor(ranks: 16) == 1)
    }

    @Test("V8: 8× H100 NVLink 4, ring all-reduce at ≥1 GB gives busbw ≈ 365–370 GB/s (nccl #1455, nccl-tests #212)",
          arguments: [1e9, 8e9])
    func nvlinkRing(bytes: Double) throws {
        let result = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .ring, ranks: 8, ranksPerNode: 8, bytes: bytes, intra: .nvlink4, inter: .ibNDR))
        #expect(abs(result.busbwGBs / 367.5 - 1) <= 0.05)
    }

    @Test("8× H100 NVLS all-reduce, 8 GB: busbw ≈ 480 GB/s (nccl-tests #212; Azure ND H200 v5 479.98)")
    func nvls() throws {
        let result = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .auto, ranks: 8, ranksPerNode: 8, bytes: 8e9, intra: .nvlink4, inter: .ibNDR))
        #expect(result.algorithm == .nvls)
        #expect(abs(result.busbwGBs / 480 - 1) <= 0.05)
    }

    @Test("V9: one 400 Gb/s NDR NIC per rank, ring: 46–48 GB/s per NIC (nccl-tests #290)", arguments: [2, 16, 64])
    func ndrRing(nodes: Int) throws {
        let result = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .ring, ranks: nodes, ranksPerNode: 1, bytes: 8e9, intra: .nvlink4, inter: .ibNDR))
        #expect(abs(result.busbwGBs / 47 - 1) <= 0.05)
    }

    @Test("GB200 4-GPU NVLink 5 ring all-reduce, 8 GB: busbw 679.61 GB/s (Azure ND GB200 v6)")
    func nvlink5Ring() throws {
        let result = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .ring, ranks: 4, ranksPerNode: 4, bytes: 8e9, intra: .nvlink5, inter: .ibNDR))
        #expect(abs(result.busbwGBs / 679.61 - 1) <= 0.05)
    }

    @Test func ringArithmeticIsExact() throws {
        let result = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .ring, ranks: 8, ranksPerNode: 8, bytes: 1e9, intra: .nvlink4, inter: .ibNDR))
        let expected = 8.4e-6 + 14 * 3.4e-6 + 2 * 7.0 / 8 * 1e9 / (450e9 * 0.82)
        #expect(abs(result.seconds - expected) < 1e-15)
    }

    @Test func timeGrowsWithBytesAndNeverBeatsTheBandwidthBound() throws {
        for operation in CollectiveOperation.allCases {
            for algorithm in operation.algorithms {
                for (ranks, perNode, intra, inter) in [(8, 8, Link.nvlink4, Link.ibNDR), (64, 8, .nvlink5, .ibXDR),
                                                       (32, 4, .pcie5, .ethernet400), (16, 1, .nvlink4, .ethernet800)] {
                    if algorithm == .nvls && intra.inNetworkEfficiency == nil { continue }
                    var previous = 0.0
                    for exponent in stride(from: 3.0, through: 11, by: 1) {
                        let bytes = Double(1 << Int(exponent * 3))
                        let result = try CollectiveModel.estimate(CollectiveInput(
                            operation: operation, algorithm: algorithm, ranks: ranks, ranksPerNode: perNode, bytes: bytes,
                            intra: intra, inter: inter))
                        #expect(result.seconds > previous, "\(operation) \(algorithm) \(ranks)")
                        #expect(result.seconds >= result.bandwidthBoundSeconds, "\(operation) \(algorithm) \(ranks)")
                        #expect(result.busbwGBs.isFinite && result.algbwGBs > 0)
                        previous = result.seconds
                    }
                }
            }
        }
    }

    @Test func autoPicksTheFastestAndSmallMessagesPreferTrees() throws {
        let small = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, ranks: 1024, ranksPerNode: 8, bytes: 4096, intra: .nvlink4, inter: .ibNDR))
        #expect(small.seconds == small.candidates.map(\.seconds).min())
        #expect(small.algorithm != .ring)
        let large = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, ranks: 32, ranksPerNode: 8, bytes: 8e9, intra: .nvlink4, inter: .ibNDR))
        #expect(large.seconds == large.candidates.map(\.seconds).min())
    }

    @Test func distanceAddsFibreLatency() throws {
        let input = CollectiveInput(operation: .allReduce, algorithm: .ring, ranks: 16, ranksPerNode: 8, bytes: 1e6,
                                    intra: .nvlink4, inter: .ibNDR)
        var far = input
        far.distanceKM = 1000
        let near = try CollectiveModel.estimate(input)
        let away = try CollectiveModel.estimate(far)
        // Ring: 2(p − 1) steps, each paying the one-way delay.
        #expect(abs(away.seconds - near.seconds - 30 * 4.897e-3) < 1e-12)
    }

    @Test func sharedNICsSlowTheNode() throws {
        let rail = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .ring, ranks: 32, ranksPerNode: 8, bytes: 8e9, intra: .nvlink4, inter: .ibNDR))
        let shared = try CollectiveModel.estimate(CollectiveInput(
            operation: .allReduce, algorithm: .ring, ranks: 32, ranksPerNode: 8, bytes: 8e9, intra: .nvlink4, inter: .ibNDR, nicsPerNode: 1))
        #expect(shared.seconds > 7 * rail.seconds)
    }

    @Test func rejectsBadInputs() throws {
        let base = CollectiveInput(operation: .allReduce, ranks: 8, ranksPerNode: 8, bytes: 1e9, intra: .nvlink4, inter: .ibNDR)
        var cases: [CollectiveInput] = []
        for change in [{ (i: inout CollectiveInput) in i.bytes = -1 }, { $0.bytes = .nan }, { $0.ranks = 1 }, { $0.ranks = 12 },
                       { $0.distanceKM = -3 }, { $0.algorithm = .pairwise }, { $0.nicsPerNode = 0 }] {
            var copy = base
            change(&copy)
            cases.append(copy)
        }
        var nvlsOnPCIe = base
        nvlsOnPCIe.intra = .pcie5
        nvlsOnPCIe.algorithm = .nvls
        cases.append(nvlsOnPCIe)
        for input in cases { #expect(throws: SimulationError.self) { try CollectiveModel.estimate(input) } }
        #expect(throws: SimulationError.self) { try Link.named("nvlink9") }
        #expect(try Link.named("IB-NDR") == .ibNDR)
    }

    @Test func gradientAllReduceForLlama405B() throws {
        let result = try GradientSync.estimate(job: .llama3_405B, inter: .ibNDR, intra: .nvlink4, peakFLOPSPerAccelerator: 989.4e12, mfu: 0.4)
        #expect(ReferenceTrainingJob.llama3_405B.accelerators == 16_384)
        #expect(abs(result.bytesPerRank - 405e9 / 128 * 2) < 1)
        // 2·127/128 · 6.33 GB at 47 GB/s ≈ 0.27 s, against a ≈6 s step.
        #expect(abs(result.collective.seconds - 0.267) < 0.01)
        #expect(abs(result.computeSeconds - 6.0) < 0.1)
        #expect(result.communicationToCompute < 0.1)
    }
}

@Suite struct FabricTests {
    @Test("V21: 1,000 km of single-mode fibre is 4.90 ms one way (MapYourTech)")
    func fibre() throws {
        #expect(abs(try FibreLatency.oneWaySeconds(distanceKM: 1000) / 4.90e-3 - 1) <= 0.01)
        #expect(throws: SimulationError.self) { try FibreLatency.oneWaySeconds(distanceKM: .nan) }
    }

    @Test("V22: 1.6T port, pluggable 30 W vs CPO 9 W: 18.75 vs 5.6 pJ/bit, ratio 3.3 (NVIDIA via press)")
    func opticsEnergy() {
        let pluggable = OpticsTechnology.pluggable.energyPerBit.value
        let cpo = OpticsTechnology.cpo.energyPerBit.value
        #expect(abs(pluggable / 18.75 - 1) <= 0.10)
        #expect(abs(cpo / 5.6 - 1) <= 0.10)
        #expect(abs(pluggable / cpo / 3.3 - 1) <= 0.10)
        #expect(OpticsTechnology.lpo.energyPerBit.value < pluggable)
    }

    @Test func fatTreeSizes() throws {
        // 51.2 Tb/s at 400 Gb/s: radix 128; two tiers hold 8,192, three 524,288.
        let small = try FatTreeFabric.size(FabricInput(accelerators: 8192, nicGbps: 400, technology: .pluggable))
        #expect(small.tiers == 2)
        #expect(small.switchRadix == 128)
        #expect(small.switches == 128 + 64)
        #expect(small.transceivers == 4 * 8192)
        let large = try FatTreeFabric.size(FabricInput(accelerators: 100_000, nicGbps: 400, technology: .pluggable))
        #expect(large.tiers == 3)
        #expect(large.links == 300_000)
        #expect(large.transceivers == 600_000)
        // 600,000 × 18.75 pJ/bit × 400 Gb/s = 4.5 MW.
        #expect(abs(large.opticsMW - 4.5) < 1e-9)
        let cpo = try FatTreeFabric.size(FabricInput(accelerators: 100_000, nicGbps: 400, technology: .cpo))
        #expect(cpo.opticsMW < large.opticsMW / 3)
    }

    @Test func fatTreeRejectsWhatDoesNotFit() {
        #expect(throws: SimulationError.self) { try FatTreeFabric.size(FabricInput(accelerators: 10_000, nicGbps: 400, tiers: 2, technology: .lpo)) }
        #expect(throws: SimulationError.self) { try FatTreeFabric.size(FabricInput(accelerators: 1_000_000, nicGbps: 400, technology: .lpo)) }
        #expect(throws: SimulationError.self) { try FatTreeFabric.size(FabricInput(accelerators: 100, nicGbps: 0, technology: .lpo)) }
        #expect(throws: SimulationError.self) { try FatTreeFabric.size(FabricInput(accelerators: 100, nicGbps: 400, tiers: 4, technology: .lpo)) }
    }
}

@Suite struct FacilityAssessmentTests {
    @Test func everyModelRunsAndCarriesProvenance() throws {
        let supply = WindSupplyScenario(
            farm: WindFarm(capacityMW: 200, curve: .iea15MW), resource: WindResource(meanSpeedMS: 9.5),
            battery: Battery(energyMWh: 400, powerMW: 100), loadMW: 100, years: 1, seed: 3)
        let result = try FacilityModel.assess(FacilityScenario(
            capacity: CapacityInput(powerMW: 100, basis: .facility, pue: 1.2, accelerator: AcceleratorCatalog.h100SXM), supply: supply))
        #expect(result.capacity.accelerators == 59_523)
        #expect(result.training.count == 2)
        #expect(abs(result.training[1].days - 49.1) < 0.05)
        #expect(result.exportControl.first?.rule2023 == .listed("3A090.a.1"))
        #expect(result.fabric?.tiers == 3)
        #expect(result.supply != nil)
        for provenance in [result.capacity.provenance, result.energy.provenance, result.training[0].provenance] {
            #expect(provenance.modelVersion == ModelVersion.current)
            #expect(!provenance.inputs.isEmpty)
            #expect(provenance.assumptions.allSatisfy { !$0.source.isEmpty && $0.value.isFinite })
        }
    }
}
