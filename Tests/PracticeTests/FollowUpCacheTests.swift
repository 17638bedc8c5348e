import Foundation
import Practice
import Testing
import WhiteboardCore
import WhiteboardStore

@Suite struct FollowUpCacheTests {
    @Test func theTemplateCacheKeepsFollowUps() throws {
        let cache = NSTemporaryDirectory() + "mlsd-followup-cache-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let dir = PracticeFixtures.root + "/templates"
        let fresh = try TemplateLibrary.load(directory: dir, cacheDirectory: cache)   // writes the copy
        let cached = try #require(TemplateCache.load(templatesDirectory: dir, cacheDirectory: cache))
        #expect(cached.catalogue.tradeoffs.map(\.followUps) == fresh.catalogue.tradeoffs.map(\.followUps))
        #expect(cached.problems.map(\.followUps) == fresh.problems.map(\.followUps))
        #expect(cached.catalogue["quality-vs-latency"]!.followUps.count == 2)
        #expect(cached.problem(id: "fraud-detection")!.followUps["latency"]?.first?.contains("{latency}") == true)
    }

    @Test func templatesWithoutFollowUpsStillDecode() throws {
        let yaml = "id: x\ntitle: X\nstep: serving\nsides: [{label: a, aliases: []}, {label: b, aliases: []}]\nhint: h\n"
        let dir = NSTemporaryDirectory() + "mlsd-followup-old-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try yaml.write(toFile: dir + "/t.yaml", atomically: true, encoding: .utf8)
        let t = try TemplateLibrary.decodeYAML(Tradeoff.self, path: dir + "/t.yaml")
        #expect(t.followUps.isEmpty)
    }
}
