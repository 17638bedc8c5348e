import WhiteboardCore

/// Where a quoted evidence sentence stands in the answer: its step and the cursor position
/// (line, grapheme column) of its first character in that step's document.
public struct EvidenceLocation: Equatable, Sendable {
    public var step: StepID
    public var line: Int
    public var column: Int

    /// Finds `sentence` in the board's step documents, looking in `preferred` first, then in
    /// framework order; nil when no step contains it (the text changed since the score).
    public static func find(_ sentence: String, in b: WhiteboardState, preferring preferred: StepID) -> EvidenceLocation? {
        find(sentence, in: b.documents, preferring: preferred)
    }

    /// Finds `sentence` in step documents, looking in `preferred` first, then in framework order.
    public static func find(_ sentence: String, in documents: [StepID: TextDocument], preferring preferred: StepID) -> EvidenceLocation? {
        guard !sentence.isEmpty else { return nil }
        // The documents show tabs as four spaces; the scored text may still hold the tab.
        let needle = sentence.replacingOccurrences(of: "\t", with: "    ")
        for step in [preferred] + StepID.allCases.filter({ $0 != preferred }) {
            guard let doc = documents[step] else { continue }
            for (i, line) in doc.lines.enumerated() {
                // Sentences do not span lines in the splitter's output unless the text has
                // soft line breaks; match the first line of the sentence.
                let first = needle.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? needle
                if let c = column(of: Array(first), in: line) {
                    if needle.contains("\n") && !doc.text.contains(needle) { continue }
                    return EvidenceLocation(step: step, line: i, column: c)
                }
            }
        }
        return nil
    }

    /// The grapheme index where `needle` starts in `line`, if it occurs.
    static func column(of needle: [Character], in line: [Character]) -> Int? {
        guard !needle.isEmpty, needle.count <= line.count else { return nil }
        for start in 0...(line.count - needle.count) where line[start] == needle[0] {
            if line[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
