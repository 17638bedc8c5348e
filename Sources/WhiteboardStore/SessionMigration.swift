import WhiteboardCore

/// Upgrades a session document written with an older `schemaVersion` to the current one.
/// Each step takes the raw JSON object of version `from` and returns version `from + 1`.
/// Version 1 is the first published format, so the shipped table is empty; the hook exists
/// so that v2 can read v1 files by adding one entry here.
public struct SessionMigrations: Sendable {
    /// A single upgrade from `from` to `from + 1`.
    public typealias Step = @Sendable ([String: JSONValue]) throws(SessionFormatError) -> [String: JSONValue]

    /// Migration steps keyed by the version they upgrade from.
    public var steps: [Int: Step]
    /// The version the migrations lead to.
    public var targetVersion: Int

    public init(steps: [Int: Step] = [:], targetVersion: Int = Session.currentSchemaVersion) {
        self.steps = steps
        self.targetVersion = targetVersion
    }

    /// The migrations this build ships.
    public static let standard = SessionMigrations()

    /// Applies every step from `version` up to `targetVersion`.
    public func upgrade(_ object: [String: JSONValue], from version: Int) throws(SessionFormatError) -> [String: JSONValue] {
        if version > targetVersion { throw .newerVersion(found: version, supported: targetVersion) }
        var current = object
        var v = version
        while v < targetVersion {
            guard let step = steps[v] else {
                throw .field(path: "schemaVersion", message: "version \(v) is not supported by this mlsd (no migration from it)")
            }
            current = try step(current)
            v += 1
            current["schemaVersion"] = .number(Double(v))
        }
        return current
    }
}
