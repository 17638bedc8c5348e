import Testing
@testable import Rubric

@Suite struct NormalizationTests {
    func same(_ a: String, _ b: String) -> Bool { Tokenizer.phraseWords(a) == Tokenizer.phraseWords(b) }

    @Test func inflectionsMeet() {
        #expect(same("embeddings", "embedding"))
        #expect(same("embedded", "embed"))
        #expect(same("sampling", "sample"))
        #expect(same("sampled", "samples"))
        #expect(same("hashed features", "hashing feature"))
        #expect(same("queries", "query"))
        #expect(same("personalised", "personalized"))
        #expect(same("labelled", "label"))
        #expect(same("logging", "log"))
        #expect(same("training", "train"))
        #expect(same("scoring", "score"))
        #expect(same("the model's", "the model"))
    }

    @Test func shortWordsAreNotCut() {
        #expect(!same("rate", "ratings"))            // "hide rate" is not a rating,
        #expect(same("rating", "ratings"))
        #expect(!same("news", "new"))                // … but news is not new,
        #expect(!same("speed", "spe"))               // speed is not cut,
        #expect(!same("fall", "fal"))                // nor fall,
        #expect(!same("embed", "emb"))               // nor embed,
        #expect(!same("string", "str"))              // nor string,
        #expect(!same("it's", "it"))                 // and "it's" keeps its verb.
    }

    @Test func numbersAndUnits() {
        let scalars = Array("about 200 ms, 50K items, p99, millions of ids, 0.5 and 1,500".unicodeScalars)
        let tokens = Tokenizer.tokens(scalars, 0..<scalars.count, vocabulary: [:])
        let quantities = tokens.filter(\.isQuantity).count
        #expect(quantities == 4)   // 200 (ms), 50k, p99, millions
        #expect(tokens.filter(\.isNumber).count == 4)   // 200, 50k, 0.5, 1500
    }

    @Test func imperativesAndPastFormsAreClauses() {
        // Notes written as instructions or passives are reasoning, not lists.
        #expect(Fixture.level("exact-vs-approximate-nn", "Switch to HNSW at 800 M videos, since brute force takes seconds there.").level >= 3)
        #expect(Fixture.level("exact-vs-approximate-nn", "HNSW picked over brute force because 800 M videos need sub-second search.").level >= 3)
        // A noun phrase opening with a verb-like word stays a list.
        #expect(Fixture.level("exact-vs-approximate-nn", "Index HNSW vs brute force because 200 ms videos").level <= 1)
    }
}
