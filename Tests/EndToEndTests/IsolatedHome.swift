import Foundation

/// A home folder of the test run's own, so no test touches the user's `~/.cache/mlsd` or any
/// other file under the real home. Every process the end-to-end tests start gets
/// `IsolatedHome.environment` laid over its environment.
enum IsolatedHome {
    /// A fresh folder for this test process, created on first use.
    static let folder: String = {
        let dir = NSTemporaryDirectory() + "mlsd-test-home-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir + "/.cache", withIntermediateDirectories: true)
        return dir
    }()

    /// The variables that decide where mlsd (and tools it starts, such as `$EDITOR`) write.
    static var environment: [String: String] {
        ["HOME": folder, "XDG_CACHE_HOME": folder + "/.cache", "MLSD_CACHE_DIR": folder + "/.cache/mlsd"]
    }

    /// The process environment with the isolated home laid over it.
    static func overlay(_ base: [String: String] = ProcessInfo.processInfo.environment) -> [String: String] {
        base.merging(environment) { _, isolated in isolated }
    }
}
