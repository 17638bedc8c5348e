import Foundation
import Testing
@testable import WhiteboardCore
@testable import WhiteboardStore

@Suite struct SessionFilesTests {
    @Test(arguments: ["../../x", "/etc/passwd", "..", "a/../../b", "\u{1B}[2J\n\0evil", "....", "~/x"])
    func hostileTitlesStayInsideTheFolder(title: String) throws {
        let dir = Fixtures.tempDir()
        let path = SessionFiles.newPath(in: dir, problem: "video-recommendation", title: title, date: Fixtures.created)
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        #expect(parent == URL(fileURLWithPath: dir).standardizedFileURL.path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        #expect(!name.contains("/"))
        #expect(!name.unicodeScalars.contains { $0.value < 0x20 })
        #expect(name.hasPrefix("video-recommendation-20261122-093000"))
        #expect(name.hasSuffix(".json"))
    }

    @Test func slug() {
        #expect(SessionFiles.slug("My First Try: ANN vs exact!") == "my-first-try-ann-vs-exact")
        #expect(SessionFiles.slug("../../x") == "x")
        #expect(SessionFiles.slug("推荐") == "")
        #expect(SessionFiles.slug(String(repeating: "ab ", count: 50)).count <= 40)
    }

    @Test func namesDoNotCollide() throws {
        let dir = Fixtures.tempDir()
        let first = SessionFiles.newPath(in: dir, problem: "p", title: "t", date: Fixtures.created)
        #expect(FileManager.default.createFile(atPath: first, contents: Data()), "cannot write a fixture file")
        let second = SessionFiles.newPath(in: dir, problem: "p", title: "t", date: Fixtures.created)
        #expect(first != second)
        #expect(second.hasSuffix("p-20261122-093000-t-2.json"))
    }

    @Test func directoryResolution() {
        #expect(SessionFiles.directory(flag: nil, environment: [:], currentDirectory: "/w") == "/w/sessions")
        #expect(SessionFiles.directory(flag: nil, environment: ["MLSD_SESSIONS_DIR": "/s"], currentDirectory: "/w") == "/s")
        #expect(SessionFiles.directory(flag: "mine", environment: ["MLSD_SESSIONS_DIR": "/s"], currentDirectory: "/w") == "/w/mine")
    }

    @Test func fileNameStamp() {
        #expect(SessionFiles.fileName(problem: "news-feed", title: nil, date: ISO8601.parse("2026-03-04T05:06:07Z")!) == "news-feed-20260304-050607.json")
    }
}
