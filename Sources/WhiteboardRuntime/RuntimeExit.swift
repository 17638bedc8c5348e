/// How the run loop ended: the process exit code and, when it is not 0, the line to print on
/// standard error after the terminal is restored.
public struct RuntimeExit: Equatable, Sendable {
    public var code: Int32
    public var message: String?

    public init(code: Int32, message: String? = nil) {
        self.code = code
        self.message = message
    }
}
