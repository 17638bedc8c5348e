import WhiteboardCore

/// The analysed text of one step, made by `CompiledRubric.analyse(_:step:)`: its sentences and
/// what each names and argues. Opaque; pass it back to `CompiledRubric.score(_:canvas:)`.
public struct StepAnalysis: Sendable {
    let templateID: String
    /// The step the text was written in.
    public let step: StepID
    /// The step's text as UTF-8, and the UTF-8 offset of every scalar (plus the end), so that
    /// evidence sentences are cut out with one copy.
    let utf8: [UInt8]
    let utf8Offsets: [Int32]
    let facts: [SentenceFacts]
}

extension StepAnalysis {
    /// The text of scalar range `range` of the step.
    func text(_ range: Range<Int>) -> String {
        String(decoding: utf8[Int(utf8Offsets[range.lowerBound])..<Int(utf8Offsets[range.upperBound])], as: UTF8.self)
    }
}
