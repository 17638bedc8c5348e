import WhiteboardCore

/// The analysed text of one step, made by `CompiledRubric.analyse(_:step:)`: its sentences and
/// what each names and argues. Opaque; pass it back to `CompiledRubric.score(_:canvas:)`.
public struct StepAnalysis: Sendable {
    let templateID: String
    /// The step the text was written in.
    public let step: StepID
    let scalars: [Unicode.Scalar]
    let facts: [SentenceFacts]
}
