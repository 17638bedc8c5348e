import Foundation
import Testing
@testable import WhiteboardCore
@testable import WhiteboardStore

@Suite struct TemplateCacheTests {
    /// A copy of the shipped templates and an empty cache folder.
    func scratch() throws -> (templates: String, cache: String) {
        let dir = Fixtures.tempDir()
        try FileManager.default.copyItem(atPath: TemplateTests.templates, toPath: dir + "/templates")
        return (dir + "/templates", dir + "/cache")
    }

    @Test func cachedCopyEqualsTheYAML() throws {
        let (templates, cache) = try scratch()
        let fromYAML = try TemplateLibrary.load(directory: templates)
        let first = try TemplateLibrary.load(directory: templates, cacheDirectory: cache)   // writes the copy
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).count == 1)
        let cached = TemplateCache.load(templatesDirectory: templates, cacheDirectory: cache)
        #expect(cached != nil)
        #expect(cached?.problems == fromYAML.problems)
        #expect(cached?.catalogue == fromYAML.catalogue)
        #expect(first.problems == fromYAML.problems)
    }

    @Test func aChangedTemplateInvalidatesTheCopy() throws {
        let (templates, cache) = try scratch()
        _ = try TemplateLibrary.load(directory: templates, cacheDirectory: cache)
        let path = templates + "/problems/fraud-detection.yaml"
        var text = try String(contentsOfFile: path, encoding: .utf8)
        text = text.replacingOccurrences(of: "title: Payment fraud detection", with: "title: Card fraud detection")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(TemplateCache.load(templatesDirectory: templates, cacheDirectory: cache) == nil)
        let reloaded = try TemplateLibrary.load(directory: templates, cacheDirectory: cache)
        #expect(reloaded.problem(id: "fraud-detection")?.title == "Card fraud detection")
        #expect(TemplateCache.load(templatesDirectory: templates, cacheDirectory: cache)?.problem(id: "fraud-detection")?.title == "Card fraud detection")
    }

    @Test func aCorruptCopyFallsBackToTheYAML() throws {
        let (templates, cache) = try scratch()
        _ = try TemplateLibrary.load(directory: templates, cacheDirectory: cache)
        let file = cache + "/" + (try FileManager.default.contentsOfDirectory(atPath: cache)[0])
        try "{\"fingerprint\": 3".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(TemplateCache.load(templatesDirectory: templates, cacheDirectory: cache) == nil)
        #expect(try TemplateLibrary.load(directory: templates, cacheDirectory: cache).problems.count == 15)
    }

    @Test func badYAMLIsStillReportedWithACache() throws {
        let (templates, cache) = try scratch()
        _ = try TemplateLibrary.load(directory: templates, cacheDirectory: cache)
        try "tradeoffs: [\n".write(toFile: templates + "/catalogue.yaml", atomically: true, encoding: .utf8)
        #expect(throws: TemplateLoadError.self) { try TemplateLibrary.load(directory: templates, cacheDirectory: cache) }
    }

    @Test func cacheFolderFromTheEnvironment() {
        #expect(TemplateCache.directory(environment: ["MLSD_CACHE_DIR": "/c", "HOME": "/h"]) == "/c")
        #expect(TemplateCache.directory(environment: ["MLSD_CACHE_DIR": "", "HOME": "/h"]) == nil)
        #expect(TemplateCache.directory(environment: ["XDG_CACHE_HOME": "/x", "HOME": "/h"]) == "/x/mlsd")
        #expect(TemplateCache.directory(environment: ["HOME": "/h"]) == "/h/.cache/mlsd")
        #expect(TemplateCache.directory(environment: [:]) == nil)
    }
}
