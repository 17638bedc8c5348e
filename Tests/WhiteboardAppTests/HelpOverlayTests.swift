import Testing
import TermUI
@testable import WhiteboardApp

/// Issue 13: the F1 help's rows are aligned; a long key list (`M-f / C-Right / M-Right`) does
/// not push its text out of the column.
@Suite struct HelpOverlayTests {
    /// Checks that every binding row has its text at `column`: before it the keys (or nothing,
    /// on a wrapped row) and two spaces at least; a key list alone on its row is followed by
    /// its text on the next. Returns the rows that break the column.
    static func misaligned(_ rows: [(text: String, heading: Bool)], column: Int) -> [String] {
        let allKeys = Set(Keymaps.all.flatMap { $0.bindings.map(HelpOverlay.keysText) })
        var bad: [String] = []
        // The rows before the closing "Mouse: …" paragraph.
        let end = rows.lastIndex { $0.text.hasPrefix("Mouse:") } ?? rows.count
        for (i, row) in rows[..<end].enumerated() where !row.heading && !row.text.isEmpty {
            let chars = Array(row.text)
            if row.text.hasPrefix("  ") && allKeys.contains(String(chars.dropFirst(2))) {
                let next = i + 1 < rows.count ? Array(rows[i + 1].text) : []
                if next.count <= column || next[..<column].contains(where: { $0 != " " }) { bad.append(row.text) }
                continue
            }
            guard chars.count > column, chars[column] != " ", chars[column - 1] == " ", chars[column - 2] == " " else {
                bad.append(row.text); continue
            }
            let keys = String(chars[2..<column]).trimmingCharacters(in: .whitespaces)
            if !keys.isEmpty && !allKeys.contains(keys) { bad.append(row.text) }
        }
        return bad
    }

    @Test func everyBindingsTextStartsInOneColumn() throws {
        let rows = HelpOverlay.lines(width: 76)
        let row = try #require(rows.first { $0.text.hasPrefix("  M-f / C-Right / M-Right") }).text
        let column = try #require(row.range(of: "next word")).lowerBound.utf16Offset(in: row)
        #expect(Self.misaligned(rows, column: column) == [])
        #expect(rows.allSatisfy { $0.text.count <= 76 })
    }

    @Test func wrappedHelpContinuesInTheColumnAndNarrowWidthsGiveKeysTheirOwnRow() throws {
        let rows = HelpOverlay.lines(width: 40)
        #expect(rows.allSatisfy { $0.text.count <= 40 }, "\(rows.filter { $0.text.count > 40 })")
        // At 40 columns the key column is 20 wide: a longer key list stands alone, its text below.
        let i = try #require(rows.firstIndex { $0.text == "  M-f / C-Right / M-Right" })
        #expect(rows[i + 1].text == String(repeating: " ", count: 22) + "next word")
        #expect(Self.misaligned(rows, column: 22) == [])
    }
}
