import Foundation
import SeededRandom
import Testing
import WhiteboardCore
import WhiteboardStore
#if canImport(Glibc)
import Glibc
#endif

/// `kill -9` at random moments while a process saves a session over and over: the file must
/// always load and hold one whole save, and the next start must clear the temp-file litter.
///
/// The saving process is `mlsd-bench save-loop FILE` (see Sources/mlsd-bench/SaveLoop.swift).
/// Seeded by `MLSD_CRASH_SEED` (printed); the seed only picks the kill moments.
@Suite struct CrashSafetyTests {
    @Test(.enabled(if: BuiltProducts.missingReason("mlsd-bench") == nil, "mlsd-bench is not built"))
    func killNineWhileSavingNeverTearsTheFile() throws {
        let bench = try #require(BuiltProducts.path("mlsd-bench"))
        let seed = UInt64(ProcessInfo.processInfo.environment["MLSD_CRASH_SEED"] ?? "") ?? 0x6B69_6C6C
        var rng = KillRandom(seed: seed)
        print("crash safety: seed \(seed) (replay with MLSD_CRASH_SEED=\(seed))")

        var template = Array((NSTemporaryDirectory() + "/mlsd-crash-XXXXXX").utf8CString)
        let dir = String(cString: try #require(mkdtemp(&template)))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/session.json"

        let rounds = 30
        var roundsWithLitter = 0
        var newestSave = 0
        var removedAtStart = 0
        for round in 0..<rounds {
            let child = try SpawnedProcess(bench, ["save-loop", file])
            let first = try child.readLine(timeout: 20)
            #expect(first.hasPrefix("removed "), "round \(round): \(first)")
            removedAtStart += Int(first.split(separator: " ").dropFirst().first ?? "") ?? 0
            // At start the previous round's litter must be gone: only this process's temp files may exist.
            let ready = try child.readLine(timeout: 20)
            #expect(ready == "ready", "round \(round): \(ready)")
            usleep(UInt32.random(in: 0...40_000, using: &rng))
            child.kill(SIGKILL)
            let status = child.wait()
            #expect(status.signalled == SIGKILL, "round \(round): the saver ended on its own: \(status)")

            // The file must be one complete save.
            let loaded = Result { () throws(SessionLoadError) in try SessionStore.load(path: file) }
            switch loaded {
            case .failure(let e):
                Issue.record("round \(round) (seed \(seed)): torn session file: \(e)")
            case .success(let decoded):
                let problem = Self.problemInSave(decoded.session)
                #expect(problem == nil, "round \(round) (seed \(seed)): \(problem ?? "")")
                newestSave = max(newestSave, Int(decoded.session.title.split(separator: " ").last ?? "") ?? 0)
            }
            let litter = Self.tempFiles(in: dir)
            if !litter.isEmpty { roundsWithLitter += 1 }
            let foreign = litter.filter { !$0.contains(SessionStore.tempMarker + "\(child.pid)-") }
            #expect(foreign.isEmpty, "round \(round): temp files of earlier runs survived a start: \(foreign)")
        }
        print("crash safety: \(rounds) kills; \(roundsWithLitter) left a temp file, all removed by the next start (\(removedAtStart) in total); up to save \(newestSave) seen")

        // The next start clears what the last kill left.
        SessionStore.removeStaleTempFiles(in: dir)
        #expect(Self.tempFiles(in: dir).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["session.json"])
    }

    @Test func removeStaleTempFilesKeepsLiveSavesAndOtherFiles() throws {
        var template = Array((NSTemporaryDirectory() + "/mlsd-crash-XXXXXX").utf8CString)
        let dir = String(cString: try #require(mkdtemp(&template)))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // A pid that is certainly dead: a child that has been reaped.
        let dead = try SpawnedProcess("/bin/true", [])
        _ = dead.wait()
        let names = [
            ".a.json\(SessionStore.tempMarker)\(dead.pid)-1",      // stale: removed
            ".b.json\(SessionStore.tempMarker)\(getpid())-2",      // ours, a save in progress: kept
            ".c.json\(SessionStore.tempMarker)1-3",                 // pid 1 is alive: kept
            "d.json", ".hidden", "e.json\(SessionStore.tempMarker)x",
        ]
        for n in names { #expect(FileManager.default.createFile(atPath: dir + "/" + n, contents: Data("x".utf8))) }
        let removed = SessionStore.removeStaleTempFiles(in: dir)
        #expect(removed == [names[0]])
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: dir)) == Set(names.dropFirst()))
    }

    /// Nil when `s` is one whole save of `mlsd-bench save-loop`, else what is wrong.
    static func problemInSave(_ s: Session) -> String? {
        guard s.title.hasPrefix("save-loop "), let n = Int(s.title.dropFirst("save-loop ".count)) else {
            return "unexpected title \(s.title.debugDescription)"
        }
        let token = "\(n) "
        for step in StepID.allCases {
            let entry = s.steps[step] ?? StepEntry()
            if entry.text.utf8.count != entry.secondsSpent { return "save \(n), \(step): text length \(entry.text.utf8.count), expected \(entry.secondsSpent)" }
            if entry.text.isEmpty || entry.text.utf8.count % token.utf8.count != 0 || entry.text != String(repeating: token, count: entry.text.utf8.count / token.utf8.count) {
                return "save \(n), \(step): text mixes saves"
            }
        }
        return nil
    }

    /// Names of save temp files in `dir`.
    static func tempFiles(in dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.contains(SessionStore.tempMarker) }
    }
}

typealias KillRandom = SplitMix64
