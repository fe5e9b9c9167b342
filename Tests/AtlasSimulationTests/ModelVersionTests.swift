import Testing
import AtlasSimulation

@Suite struct ModelVersionTests {
    @Test func versionIsSemantic() {
        #expect(ModelVersion.current.split(separator: ".").count == 3)
    }
}
