import Foundation
import Testing
@testable import WhiteboardCore

/// The hand-written ISO 8601 reader and writer agree with Foundation's formatter.
@Suite struct ISO8601Tests {
    static func foundation(_ s: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: s) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: s)
    }

    @Test(arguments: [
        "2026-11-22T09:30:00Z", "1970-01-01T00:00:00Z", "2000-02-29T23:59:59Z", "1969-12-31T23:59:59Z",
        "2026-11-22T10:30:00+01:00", "2026-11-22T04:00:00-05:30", "2026-11-22T09:30:00.750Z", "2400-12-31T12:00:00Z",
    ])
    func parsesLikeFoundation(text: String) {
        let mine = ISO8601.parse(text)
        #expect(mine != nil)
        #expect(mine.map { $0.timeIntervalSince1970.rounded(.down) } == Self.foundation(text).map { $0.timeIntervalSince1970.rounded(.down) })
    }

    @Test(arguments: ["", "2026-11-22", "2026-13-01T00:00:00Z", "2026-02-29T00:00:00Z", "2026-11-22T24:00:00Z",
                      "2026-11-22T09:30:00", "2026-11-22T09:30:00Zjunk", "2026-11-22 09:30:00Z", "２０２６-11-22T09:30:00Z",
                      "2026-11-22T09:30:00.Z", "2026-11-22T09:30:00+1:00"])
    func rejects(text: String) {
        #expect(ISO8601.parse(text) == nil)
    }

    @Test func formatsWholeSecondsInUTC() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let t = Double(Int64.random(in: -2_000_000_000...8_000_000_000, using: &rng)) + 0.999
            let d = Date(timeIntervalSince1970: t)
            let text = ISO8601.format(d)
            #expect(ISO8601.parse(text)?.timeIntervalSince1970 == t.rounded(.down), "\(text)")
            #expect(Self.foundation(text)?.timeIntervalSince1970 == t.rounded(.down), "\(text)")
        }
        #expect(ISO8601.format(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
    }
}
