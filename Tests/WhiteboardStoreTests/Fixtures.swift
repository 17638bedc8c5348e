import Foundation
import WhiteboardCore
import WhiteboardStore

/// Shared test data: a full session with every field set, Unicode and wide characters.
enum Fixtures {
    static let created = ISO8601.parse("2026-11-22T09:30:00Z")!
    static let updated = ISO8601.parse("2026-11-22T10:05:42Z")!

    static func fullSession() -> Session {
        var s = Session(id: "0d4c7c1e-5b0f-4a53-9f8e-2f7f1c1d2a10", problem: "video-recommendation",
                        title: "Reco practice — 推荐系统 🎬", createdAt: created, updatedAt: updated)
        for step in StepID.allCases {
            s.steps[step] = StepEntry(text: "Text for \(step.rawValue): 100 M DAU, p99 < 200 ms.\nSecond line with \"quotes\", tab\t, back\\slash, 日本語 and 👩‍💻.", secondsSpent: step.number * 60)
        }
        s.canvas = Canvas(
            boxes: [
                Box(id: "b1", x: 0, y: 0, width: 14, height: 3, label: "Candidate gen", kind: "service"),
                Box(id: "b2", x: 20, y: 0, width: 10, height: 4, label: "Ranker\n排序", kind: "model"),
                Box(id: "b3", x: 40, y: 2, width: 12, height: 3, label: "Feature store"),
            ],
            arrows: [
                Arrow(id: "a1", from: "b1", to: "b2", label: "top 500"),
                Arrow(id: "a2", from: "b3", to: "b2"),
            ],
            notes: [Note(id: "n1", x: 0, y: 8, text: "batch nightly ✓")])
        return s
    }

    /// A fresh empty folder under the temp directory.
    static func tempDir() -> String {
        let dir = NSTemporaryDirectory() + "mlsd-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    static func write(_ text: String, in dir: String, name: String = "s.json") -> String {
        let path = dir + "/" + name
        try! Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Loads and expects a format error; returns its one-line description.
    static func loadError(_ text: String) -> String {
        let dir = tempDir()
        let path = write(text, in: dir)
        do {
            _ = try SessionStore.load(path: path)
            return "LOADED"
        } catch {
            return error.description
        }
    }

    static var validJSON: String { String(decoding: SessionCodec.encode(fullSession()), as: UTF8.self) }
}
