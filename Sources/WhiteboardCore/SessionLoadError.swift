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

    public var description: String {
        switch reason {
        case .unreadable(let why): "\(path): cannot read: \(why)"
        case let .tooLarge(bytes, limit):
            "\(path): file is \(bytes / 1024 / 1024) MiB (\(bytes) bytes); sessions larger than \(limit / 1024 / 1024) MiB are refused"
        case .format(let e): "\(path): \(e.description)"
        }
    }
}
