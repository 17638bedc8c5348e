import Foundation
import Testing

/// Issue 13: `--help` texts are not broken mid-sentence. argument-parser wraps at 80 columns
/// when stdout is not a terminal; every line of these helps must end where a sentence or a
/// clause ends (`.`, `:`, `;`, `,` or `)`), so no line is a wrapped fragment.
@Suite struct HelpTextTests {
    static func badLines(_ text: String) -> [String] {
        var bad: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("USAGE:") { continue }
            if line.count > 80 { bad.append(line); continue }
            if let last = trimmed.last, ".:;,)".contains(last) { continue }
            bad.append(line)
        }
        return bad
    }

    @Test(.enabled(if: CLITests.available, "needs .build/debug/mlsd"))
    func scoreOpenNewAndTheRootHelpEndEveryLineAtASentenceOrClause() throws {
        for cmd in [["score", "--help"], ["open", "--help"], ["new", "--help"], ["--help"]] {
            let r = try CLITests.run(cmd, cwd: CLITests.scratch(), env: ["COLUMNS": "80"])
            #expect(r.code == 0)
            var out = r.out
            // The root help's subcommand list shows other commands' abstracts (import and
            // export belong to the diagram work); check everything above it.
            if cmd == ["--help"], let cut = out.range(of: "SUBCOMMANDS:") { out = String(out[..<cut.lowerBound]) }
            #expect(out.contains("OVERVIEW:"), "\(cmd)")
            let bad = Self.badLines(out)
            #expect(bad.isEmpty, "mlsd \(cmd.joined(separator: " ")) breaks lines mid-sentence:\n\(bad.joined(separator: "\n"))")
        }
    }
}
