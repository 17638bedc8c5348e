import Foundation
import WhiteboardCore

/// Reads `--since` values: a day (`2026-11-20`, midnight UTC) or a full ISO 8601 time.
public enum ProgressDate {
    public static func parse(_ s: String) -> Date? {
        if let d = ISO8601.parse(s) { return d }
        return ISO8601.parse(s + "T00:00:00Z")
    }
}
