import Foundation
import WhiteboardCore

/// Where sessions live and what their files are called.
public enum SessionFiles {
    /// The environment variable that overrides the sessions folder.
    public static let environmentVariable = "MLSD_SESSIONS_DIR"

    /// The sessions folder: `--sessions-dir`, else `$MLSD_SESSIONS_DIR`, else `./sessions`.
    public static func directory(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                                 currentDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        let chosen = flag ?? environment[environmentVariable].flatMap { $0.isEmpty ? nil : $0 } ?? "sessions"
        let url = chosen.hasPrefix("/") ? URL(fileURLWithPath: chosen) : URL(fileURLWithPath: currentDirectory).appendingPathComponent(chosen)
        return url.standardizedFileURL.path
    }

    /// A title reduced to a safe file-name fragment: lowercase letters, digits and single
    /// dashes, at most 40 characters. Never contains `/`, `.` or control characters.
    public static func slug(_ title: String) -> String {
        var out = ""
        var lastDash = true
        for scalar in title.lowercased().unicodeScalars {
            let isSafe = (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
            if isSafe {
                out.unicodeScalars.append(scalar)
                lastDash = false
            } else if !lastDash {
                out += "-"
                lastDash = true
            }
            if out.count >= 40 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// A new file name: `<problem>-<yyyyMMdd-HHmmss>[-<title slug>].json`.
    public static func fileName(problem: String, title: String?, date: Date) -> String {
        let t = UTCDateTime(date)
        let stamp = UTCDateTime.pad(t.year, 4) + UTCDateTime.pad(t.month, 2) + UTCDateTime.pad(t.day, 2) + "-"
            + UTCDateTime.pad(t.hour, 2) + UTCDateTime.pad(t.minute, 2) + UTCDateTime.pad(t.second, 2)
        var name = slug(problem).isEmpty ? "session" : slug(problem)
        name += "-" + stamp
        if let title, !slug(title).isEmpty { name += "-" + slug(title) }
        return name + ".json"
    }

    /// A path inside `directory` for a new session that does not exist yet.
    /// The result is always directly inside `directory`.
    public static func newPath(in directory: String, problem: String, title: String?, date: Date) -> String {
        let base = fileName(problem: problem, title: title, date: date)
        let stem = String(base.dropLast(5))
        var candidate = base
        var n = 2
        while FileManager.default.fileExists(atPath: directory + "/" + candidate) {
            candidate = "\(stem)-\(n).json"
            n += 1
        }
        let path = URL(fileURLWithPath: directory).appendingPathComponent(candidate).standardizedFileURL
        precondition(path.deletingLastPathComponent().path == URL(fileURLWithPath: directory).standardizedFileURL.path)
        return path.path
    }

    /// Session files (`*.json`) in a folder, newest first by modification time.
    public static func list(in directory: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        let paths = names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.map { directory + "/" + $0 }
        func mtime(_ p: String) -> Date {
            ((try? FileManager.default.attributesOfItem(atPath: p))?[.modificationDate] as? Date) ?? .distantPast
        }
        return paths.map { ($0, mtime($0)) }.sorted { $0.1 > $1.1 }.map(\.0)
    }
}
