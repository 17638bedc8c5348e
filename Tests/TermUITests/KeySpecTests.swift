import Testing
import TermUI

@Suite struct KeySpecTests {
    @Test func parsesModifiersNamesAndCharacters() throws {
        #expect(try KeySpec.parse("C-s") == KeyPress(.char("s"), .ctrl))
        #expect(try KeySpec.parse("C-S") == KeyPress(.char("s"), .ctrl))
        #expect(try KeySpec.parse("S-Tab") == KeyPress(.tab, .shift))
        #expect(try KeySpec.parse("F1") == KeyPress(.function(1)))
        #expect(try KeySpec.parse("PgDn") == KeyPress(.pageDown))
        #expect(try KeySpec.parse("<esc>") == KeyPress(.escape))
        #expect(try KeySpec.parse("<C-s>") == KeyPress(.char("s"), .ctrl))
        #expect(try KeySpec.parse("M-b") == KeyPress(.char("b"), .alt))
        #expect(try KeySpec.parse("A-b") == KeyPress(.char("b"), .alt))
        #expect(try KeySpec.parse("C-Left") == KeyPress(.left, .ctrl))
        #expect(try KeySpec.parse("a") == KeyPress(.char("a")))
        #expect(try KeySpec.parse("?") == KeyPress(.char("?")))
        #expect(try KeySpec.parse("-") == KeyPress(.char("-")))
        #expect(try KeySpec.parse("<") == KeyPress(.char("<")))
        #expect(try KeySpec.parse("M-<") == KeyPress(.char("<"), .alt))
        #expect(try KeySpec.parse("Space") == KeyPress(.char(" ")))
        #expect(try KeySpec.parse("é") == KeyPress(.char("é")))
    }

    @Test func rejectsUnknownSpecsWithAReason() {
        #expect(throws: KeySpec.ParseError.self) { try KeySpec.parse("Hyper") }
        #expect(throws: KeySpec.ParseError.self) { try KeySpec.parse("X-a") }
        #expect(throws: KeySpec.ParseError.self) { try KeySpec.parse("") }
        do {
            _ = try KeySpec.parse("F99")
            Issue.record("F99 parsed")
        } catch {
            #expect(error.description == "key spec \"F99\": unknown key \"F99\"")
        }
    }

    @Test func formatReadsBack() throws {
        let specs = ["C-s", "S-Tab", "F12", "PgUp", "M-f", "Esc", "Enter", "BS", "Del", "Space", "x", "C-M-Left"]
        for spec in specs {
            let k = try KeySpec.parse(spec)
            #expect(try KeySpec.parse(k.description) == k, "\(spec) -> \(k.description)")
        }
        #expect(try KeySpec.parse("<esc>").description == "Esc")
    }

    @Test func scriptsSplitOnSpacesAndQuotedTextTypesEachCharacter() throws {
        let keys = try KeySpec.parseScript("h i C-n \"a b\" <esc>")
        #expect(keys == [.char("h"), .char("i"), .ctrl("n"), .char("a"), .char(" "), .char("b"), KeyPress(.escape)])
        #expect(try KeySpec.parseScript("") == [])
    }

    @Test func typedCharacterOnlyWithoutCtrlOrAlt() {
        #expect(KeyPress.char("a").typedCharacter == "a")
        #expect(KeyPress(.char("A"), .shift).typedCharacter == "A")
        #expect(KeyPress.ctrl("a").typedCharacter == nil)
        #expect(KeyPress(.char("a"), .alt).typedCharacter == nil)
        #expect(KeyPress(.enter).typedCharacter == nil)
    }
}
