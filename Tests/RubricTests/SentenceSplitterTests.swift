import Testing
@testable import Rubric

@Suite struct SentenceSplitterTests {
    func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(scalars).map { String(String.UnicodeScalarView(scalars[$0])) }
    }

    @Test func punctuationAbbreviationsAndDecimals() {
        #expect(split("Use HNSW, e.g. for 0.5 B items. It is fast! Is it? Yes vs. no.")
                == ["Use HNSW, e.g. for 0.5 B items.", "It is fast!", "Is it?", "Yes vs. no."])
    }

    @Test func bulletsAndHeadingsAreSentencesWithoutMarkers() {
        #expect(split("- first item\n* second item\n3. third item\n### heading") == ["first item", "second item", "third item", "heading"])
    }

    @Test func wrappedLinesJoinButNewIdeasDoNot() {
        #expect(split("We rank with a GBDT\nbecause it is cheap.\nThen we re-rank") == ["We rank with a GBDT\nbecause it is cheap.", "Then we re-rank"])
        #expect(split("Two-tower retrieval\nGBDT ranker") == ["Two-tower retrieval", "GBDT ranker"])
        #expect(split("one\n\nanother") == ["one", "another"])
    }
}
