import Foundation
import Testing
@testable import TextMetrics

/// Checks `DisplayWidth` against python's `wcwidth` package on every assigned scalar and on a
/// list of grapheme clusters. The table is generated from Unicode 15.0 (Debian's unicode-data);
/// wcwidth 0.7 implements Unicode 17.0. The only scalars allowed to differ are those whose
/// East_Asian_Width became W in Unicode 16.0 (listed below); glibc 2.36's wcwidth, which ncurses
/// uses to place them on screen, still gives them one column, as the table does.
@Suite struct DisplayWidthReferenceTests {
    /// Scalars made wide by Unicode 16.0 (EastAsianWidth-16.0.0): trigrams, mono/digrams, Yijing
    /// hexagrams, Tai Xuan Jing tetragrams, counting rods and tally marks.
    static let wideSinceUnicode16: [ClosedRange<UInt32>] = [
        0x2630...0x2637, 0x268A...0x268F, 0x4DC0...0x4DFF, 0x1D300...0x1D356, 0x1D360...0x1D376,
    ]

    static func unicodeMajor(_ v: String) -> Int { Int(v.split(separator: ".").first ?? "") ?? 0 }

    @Test func everyAssignedScalarMatchesTheReference() throws {
        guard let (package, unicode) = try WcwidthReference.version() else {
            print("SKIPPED width reference test: python3 with the wcwidth package is not installed (.ci/run installs it)")
            return
        }
        var input = ""
        var ranges: [ClosedRange<UInt32>] = []
        let r = AssignedScalars.ranges
        for i in stride(from: 0, to: r.count, by: 2) {
            ranges.append(r[i]...r[i + 1])
            input += String(r[i], radix: 16) + " " + String(r[i + 1], radix: 16) + "\n"
        }
        let out = try #require(try WcwidthReference.run("scalars", input: input))
        let lines = out.split(separator: "\n", omittingEmptySubsequences: false)
        try #require(lines.count >= ranges.count, "reference printed \(lines.count) lines for \(ranges.count) ranges")
        let allowed = Self.unicodeMajor(unicode) >= 16 ? Self.wideSinceUnicode16 : []
        var checked = 0
        var differing: [String] = []
        var allowedDiffering = 0
        for (range, line) in zip(ranges, lines) {
            let digits = Array(line.utf8)
            try #require(digits.count == range.count, "reference gave \(digits.count) widths for \(range)")
            for (v, d) in zip(range, digits) {
                let scalar = try #require(Unicode.Scalar(v))
                let mine = DisplayWidth.of(scalar)
                let ref = Int(d) - 48
                checked += 1
                guard mine != ref else { continue }
                if allowed.contains(where: { $0.contains(v) }) { allowedDiffering += 1; continue }
                differing.append("U+\(String(v, radix: 16, uppercase: true)) ours \(mine) reference \(ref)")
            }
        }
        print("width reference: wcwidth \(package) (Unicode \(unicode)) vs table Unicode \(DisplayWidthTable.unicodeVersion): \(checked) assigned scalars, \(differing.count + allowedDiffering) differ (\(allowedDiffering) of them made wide by Unicode 16)")
        #expect(checked == 149_251)
        #expect(differing.count == 0, "\(differing.count) scalars differ: \(differing.prefix(20).joined(separator: ", "))")
        if !allowed.isEmpty {
            let listed = allowed.reduce(0) { $0 + $1.count }
            #expect(allowedDiffering == listed, "the Unicode 16 list has \(listed) scalars but \(allowedDiffering) differ: regenerated from a newer UCD? then shrink the list")
        }
    }
}
