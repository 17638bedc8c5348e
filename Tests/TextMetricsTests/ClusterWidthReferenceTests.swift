import Testing
@testable import TextMetrics

/// Grapheme-cluster widths against python's wcwidth (`wcwidth.width`), plus the values a user
/// sees: a flag takes two columns, so a cursor after it sits at column 2.
@Suite struct ClusterWidthReferenceTests {
    static let samples = [
        "🇫🇷 Paris", "🇯🇵🇩🇪", "नमस्ते", "क्ष", "हिन्दी", "தமிழ்", "বাংলা", "👩‍💻 dev", "👨‍👩‍👧‍👦",
        "👍🏽", "❤️", "❤︎", "☺️", "1️⃣", "e\u{301}", "각", "\u{1100}\u{1161}\u{11A8}", "漢字", "ｶﾀｶﾅ",
        "\u{18B00}", "ok", "x\u{20DD}", "ไทย", "🏳️‍🌈",
    ]

    @Test func clustersMatchTheReference() throws {
        let input = Self.samples.map { $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
            .joined(separator: "\n") + "\n"
        guard let out = try WcwidthReference.run("strings", input: input) else {
            print("SKIPPED cluster width reference test: python3 with the wcwidth package is not installed (.ci/run installs it)")
            return
        }
        let ref = out.split(separator: "\n").map { Int($0) ?? -1 }
        try #require(ref.count == Self.samples.count)
        for (s, r) in zip(Self.samples, ref) {
            #expect(DisplayWidth.of(s) == r, "\(s.unicodeScalars.map { String($0.value, radix: 16) }): ours \(DisplayWidth.of(s)), wcwidth \(r)")
        }
    }

    @Test func clustersUsersSee() {
        #expect(DisplayWidth.of(Character("🇫🇷")) == 2)
        #expect(DisplayWidth.of("🇫🇷 Paris") == 8)
        #expect(DisplayWidth.of(Character("👩‍💻")) == 2)
        #expect(DisplayWidth.of(Character("❤️")) == 2)
        #expect(DisplayWidth.of(Character("❤︎")) == 1)
        #expect(DisplayWidth.of(Character("e\u{301}")) == 1)
        #expect(DisplayWidth.of("नमस्ते") == 4)
        #expect(DisplayWidth.of(Unicode.Scalar(0x18B00)!) == 2)
        #expect(DisplayWidth.unicodeVersion == "15.0.0")
    }
}
