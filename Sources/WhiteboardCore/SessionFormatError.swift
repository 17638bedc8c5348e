/// Why a session file could not be read. `description` is one line without the file name;
/// `SessionLoadError` adds the file.
public enum SessionFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not JSON: line and column of the first error.
    case syntax(line: Int, column: Int, message: String)
    /// A field is missing, of the wrong type or out of range: its path, e.g. `canvas.boxes[2].width`.
    case field(path: String, message: String)
    /// The file's schemaVersion is newer than this build understands.
    case newerVersion(found: Int, supported: Int)
    /// The canvas breaks an invariant that cannot be repaired (duplicate ids, non-positive sizes…).
    case invariant(String)

    public var description: String {
        switch self {
        case let .syntax(line, column, message):
            "invalid JSON at line \(line), column \(column): \(message)"
        case let .field(path, message):
            "\(path): \(message)"
        case let .newerVersion(found, supported):
            "written by a newer mlsd (schemaVersion \(found); this mlsd reads up to \(supported)); upgrade mlsd to open it"
        case let .invariant(message):
            message
        }
    }
}
