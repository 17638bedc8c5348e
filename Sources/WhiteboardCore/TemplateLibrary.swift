/// The problem templates and the trade-off catalogue of a templates folder (`catalogue.yaml`
/// and `problems/*.yaml`; see docs/template-format.md). A value: WhiteboardStore loads it.
public struct TemplateLibrary: Sendable {
    public var catalogue: TradeoffCatalogue
    /// Problems sorted by id.
    public var problems: [ProblemTemplate]
    /// The folder they came from.
    public var directory: String

    public init(catalogue: TradeoffCatalogue, problems: [ProblemTemplate], directory: String = "") {
        self.catalogue = catalogue
        self.problems = problems.sorted { $0.id < $1.id }
        self.directory = directory
    }

    /// The problem with this id, if any.
    public func problem(id: String) -> ProblemTemplate? { problems.first { $0.id == id } }

    /// The catalogue file's name inside a templates folder.
    public static let catalogueFile = "catalogue.yaml"
    /// The problems folder's name inside a templates folder.
    public static let problemsFolder = "problems"
}
