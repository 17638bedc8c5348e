import TextMetrics

/// A session file that could not be read: the file and the reason, as one line.
public struct SessionLoadError: Error, Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: Reason

    public enum Reason: Equatable, Sendable {
        case unreadable(String)
        case tooLarge(bytes: Int, limit: Int)
        case format(SessionFormatError)
    }

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// One line: the file, a colon, the reason. Control characters in either are shown
    /// visibly, so the line can be printed to a terminal as it is.
    public var description: String {
        let file = InertText.escape(path)
        let text: String = switch reason {
        case .unreadable(let why): "\(file): cannot read: \(why)"
        case let .tooLarge(bytes, limit):
            "\(file): file is \(bytes / 1024 / 1024) MiB (\(bytes) bytes); sessions larger than \(limit / 1024 / 1024) MiB are refused"
        case .format(let e): "\(file): \(e.description)"
        }
        return InertText.escape(text)
    }
}
