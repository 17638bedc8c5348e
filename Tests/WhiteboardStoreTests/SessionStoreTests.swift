import Foundation
import Testing
@testable import WhiteboardCore
@testable import WhiteboardStore

@Suite struct SessionStoreTests {
    @Test func saveThenLoad() throws {
        let dir = Fixtures.tempDir()
        let path = dir + "/a.json"
        try SessionStore.save(Fixtures.fullSession(), to: path)
        #expect(try SessionStore.load(path: path).session == Fixtures.fullSession())
        // No temp files left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["a.json"])
    }

    @Test func failedWriteLeavesTheOldFile() throws {
        let dir = Fixtures.tempDir()
        let path = dir + "/a.json"
        try SessionStore.save(Fixtures.fullSession(), to: path)
        let before = FileManager.default.contents(atPath: path)
        // Make the folder read-only: the temp file cannot be created, so the save fails.
        chmod(dir, 0o555)
        defer { chmod(dir, 0o755) }
        var changed = Fixtures.fullSession()
        changed.setText("new text", for: .clarify)
        let isRoot = getuid() == 0
        if isRoot {
            // root ignores permissions; force a failure by saving into a missing folder instead.
            #expect(throws: StoreError.self) { try SessionStore.save(changed, to: dir + "/missing/a.json") }
        } else {
            #expect(throws: StoreError.self) { try SessionStore.save(changed, to: path) }
        }
        #expect(FileManager.default.contents(atPath: path) == before)
    }

    @Test func renameOverADirectoryFailsAndCleansTheTemp() throws {
        let dir = Fixtures.tempDir()
        let target = dir + "/occupied"
        try FileManager.default.createDirectory(atPath: target + "/child", withIntermediateDirectories: true)
        #expect(throws: StoreError.self) { try SessionStore.save(Fixtures.fullSession(), to: target) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["occupied"])
    }

    @Test func staleTempFilesAreRemoved() throws {
        let dir = Fixtures.tempDir()
        // A pid that cannot be running (above pid_max on Linux).
        let stale = ".a.json" + SessionStore.tempMarker + "99999999-1"
        let mine = ".b.json" + SessionStore.tempMarker + "\(getpid())-2"
        for n in [stale, mine, "keep.json"] { #expect(FileManager.default.createFile(atPath: dir + "/" + n, contents: Data("x".utf8))) }
        #expect(SessionStore.removeStaleTempFiles(in: dir) == [stale])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == [mine, "keep.json"])
    }

    @Test func loadNeverModifiesABadFile() throws {
        let dir = Fixtures.tempDir()
        let path = Fixtures.write("{\"schemaVersion\": 1, \"id\": ", in: dir)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let attrsBefore = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(throws: SessionLoadError.self) { try SessionStore.load(path: path) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == attrsBefore)
    }
}
