import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

/// The test suite leaves the user's home alone: the binary, run the way every end-to-end test
/// runs it, writes its template cache into the test run's own home, and the real cache folder
/// is exactly as it was.
@Suite struct HomeIsolationTests {
    /// Every file under `dir` with its size and modification time; nil when `dir` does not exist.
    static func snapshot(_ dir: String) -> [String: String]? {
        let fm = FileManager.default
        guard fm.fileExists(atPath: dir) else { return nil }
        var out: [String: String] = [:]
        for name in (fm.subpaths(atPath: dir) ?? []) {
            let attrs = (try? fm.attributesOfItem(atPath: dir + "/" + name)) ?? [:]
            let size = (attrs[.size] as? NSNumber)?.intValue ?? -1
            let date = (attrs[.modificationDate] as? Date)?.timeIntervalSince1970 ?? -1
            out[name] = "\(size) \(date)"
        }
        return out
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func commandsWriteTheCacheIntoTheTestHomeNotTheRealOne() throws {
        let realCache = TemplateCache.directory(environment: ProcessInfo.processInfo.environment)
        let before = realCache.map(Self.snapshot)
        let isolatedCache = try #require(IsolatedHome.environment["MLSD_CACHE_DIR"])
        try? FileManager.default.removeItem(atPath: isolatedCache)
        #expect(realCache != isolatedCache)

        let dir = CLITests.scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLITests.run(["problems"], cwd: dir)
        #expect(r.code == 0, "\(r.err)")
        _ = try CLITests.run(["new", "--problem", "news-feed", "--out", "s.json"], cwd: dir)

        // The cache went to the isolated home ...
        let written = try FileManager.default.contentsOfDirectory(atPath: isolatedCache)
        #expect(!written.isEmpty, "no template cache written under \(isolatedCache)")
        // ... and the real one is byte-for-byte the folder it was (or still absent).
        #expect(realCache.map(Self.snapshot) == before)
    }
}
