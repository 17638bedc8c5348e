import Testing
import TermUI

@Suite struct EscapeSequenceTests {
    @Test func everyHomeAndEndVariantTmuxAndXtermSendIsDecoded() {
        let home = ["\u{1b}[1~", "\u{1b}[7~", "\u{1b}[H", "\u{1b}OH"]
        let end = ["\u{1b}[4~", "\u{1b}[8~", "\u{1b}[F", "\u{1b}OF"]
        for seq in home { #expect(EscapeSequence.key(for: seq) == KeyPress(.home), "\(seq.debugDescription)") }
        for seq in end { #expect(EscapeSequence.key(for: seq) == KeyPress(.end), "\(seq.debugDescription)") }
        // The table KeyDecoder teaches ncurses holds the same eight, and each decodes to its key.
        #expect(Set(EscapeSequence.homeAndEnd.map(\.sequence)) == Set(home + end))
        for (seq, key) in EscapeSequence.homeAndEnd { #expect(EscapeSequence.key(for: seq) == KeyPress(key)) }
    }

    @Test func modifiedAndOtherKeysAndUnknownSequences() {
        #expect(EscapeSequence.key(for: "\u{1b}[1;5C") == KeyPress(.right, .ctrl))
        #expect(EscapeSequence.key(for: "\u{1b}[1;2H") == KeyPress(.home, .shift))
        #expect(EscapeSequence.key(for: "\u{1b}[1;3D") == KeyPress(.left, .alt))
        #expect(EscapeSequence.key(for: "\u{1b}[4;5~") == KeyPress(.end, .ctrl))
        #expect(EscapeSequence.key(for: "\u{1b}[3~") == KeyPress(.delete))
        #expect(EscapeSequence.key(for: "\u{1b}[6;2~") == KeyPress(.pageDown, .shift))
        #expect(EscapeSequence.key(for: "\u{1b}OA") == KeyPress(.up))
        #expect(EscapeSequence.key(for: "\u{1b}[A") == KeyPress(.up))
        #expect(EscapeSequence.key(for: "\u{1b}[9~") == nil)
        #expect(EscapeSequence.key(for: "\u{1b}[2;5H") == nil)
        #expect(EscapeSequence.key(for: "\u{1b}[x;1~") == nil)
        #expect(EscapeSequence.key(for: "\u{1b}[1;1;1~") == nil)
        #expect(EscapeSequence.key(for: "\u{1b}[200~") == nil)
        #expect(EscapeSequence.key(for: "x[1~") == nil)
        #expect(EscapeSequence.key(for: "\u{1b}[") == nil)
    }
}

@Suite struct PasteBurstTests {
    @Test func aBurstOfFourCharactersOrALineBreakWithTextAfterItIsAPaste() {
        #expect(PasteBurst.isPaste("hello"))
        #expect(PasteBurst.isPaste("a\tb"))
        #expect(PasteBurst.isPaste("a\r\nb"))
        #expect(PasteBurst.isPaste("\rx"))
        // What a person can get into one read while the app is busy: a few keys, Enter last.
        #expect(!PasteBurst.isPaste("n"))
        #expect(!PasteBurst.isPaste("nx"))
        #expect(!PasteBurst.isPaste("ab\r"))
        #expect(!PasteBurst.isPaste("\r\n"))
        // A key held down while the app was busy: key repeat, not a paste.
        #expect(!PasteBurst.isPaste("jjjjjj"))
        #expect(PasteBurst.isPaste("\n\n\n\n"))
        // Length is counted in grapheme clusters: an emoji with its skin tone is one character.
        #expect(!PasteBurst.isPaste("👍🏽👍🏽"))
        #expect(PasteBurst.isPaste("👍🏽👍🏽🎉👍🏽"))
    }

    @Test func aFinalLineBreakOrTabStaysAKey() {
        #expect(PasteBurst.split("Feature store\r")! == ("Feature store", "\r"))
        #expect(PasteBurst.split("one\r\ntwo\r\n")! == ("one\ntwo", "\r"))
        #expect(PasteBurst.split("Ranker\t")! == ("Ranker", "\t"))
        #expect(PasteBurst.split("a\tb")! == ("a\tb", nil))
        #expect(PasteBurst.split("ab\r") == nil)          // too short: the keys a, b, Enter
        #expect(PasteBurst.split("\r") == nil)
    }

    @Test func crlfBecomesOneNewlineAndTabsStay() {
        #expect(PasteBurst.normalized("one\r\ntwo\rthree\nfour\tfive") == "one\ntwo\nthree\nfour\tfive")
        #expect(PasteBurst.normalized("\r\n\r\n") == "\n\n")
    }

    @Test func onlyTextLineBreaksAndTabsAreBurstCharacters() {
        for s: Unicode.Scalar in ["a", " ", "\r", "\n", "\t", "é", "👍"] { #expect(PasteBurst.isBurstCharacter(s)) }
        for s: Unicode.Scalar in ["\u{1b}", "\u{7f}", "\u{08}", "\u{11}", "\u{85}"] { #expect(!PasteBurst.isBurstCharacter(s)) }
    }
}
