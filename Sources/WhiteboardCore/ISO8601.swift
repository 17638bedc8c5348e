// Date from FoundationEssentials (no ICU); the full Foundation only where it is not separate.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// ISO 8601 / RFC 3339 dates in UTC, whole seconds; parsing also accepts fractional seconds
/// (dropped) and numeric offsets.
public enum ISO8601 {
    /// `2026-11-22T09:30:00Z`. Fractions are dropped (not rounded), as the decoder drops them,
    /// so a save of a loaded session writes the same time.
    public static func format(_ date: Date) -> String {
        let t = UTCDateTime(date)
        return "\(UTCDateTime.pad(t.year, 4))-\(UTCDateTime.pad(t.month, 2))-\(UTCDateTime.pad(t.day, 2))T"
            + "\(UTCDateTime.pad(t.hour, 2)):\(UTCDateTime.pad(t.minute, 2)):\(UTCDateTime.pad(t.second, 2))Z"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; nil for anything else.
    public static func parse(_ s: String) -> Date? {
        let b = Array(s.utf8)
        var i = 0
        func number(_ count: Int) -> Int? {
            guard i + count <= b.count else { return nil }
            var v = 0
            for k in i..<(i + count) {
                guard b[k] >= 0x30, b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            i += count
            return v
        }
        func expect(_ chars: String) -> Bool {
            guard i < b.count, chars.utf8.contains(b[i]) else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              expect("Tt"), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
              let second = number(2) else { return nil }
        if i < b.count, b[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 { i += 1 }
            if i == start { return nil }
        }
        var offset = 0
        if expect("Zz") {
        } else if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") {
            let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            guard let oh = number(2), expect(":"), let om = number(2), oh <= 23, om <= 59 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard i == b.count,
              let local = UTCDateTime(year: year, month: month, day: day, hour: hour, minute: minute, second: second).date
        else { return nil }
        return local.addingTimeInterval(TimeInterval(-offset))
    }
}
