import Foundation

/// Finds executables built beside the test bundle (`.build/<triple>/<config>/`).
enum BuiltProducts {
    /// The folder holding the test bundle and the package's executables.
    static let folder: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var url = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // On Linux the test runner is `<folder>/mlsdPackageTests.xctest`; elsewhere the bundle's
        // executable sits inside it.
        while url.path.contains(".xctest") { url = url.deletingLastPathComponent() }
        return url.path
    }()

    /// The path of executable `name`, or nil when it was not built.
    static func path(_ name: String) -> String? {
        let p = folder + "/" + name
        return FileManager.default.isExecutableFile(atPath: p) ? p : nil
    }

    /// Why a test needing `name` is skipped, printed once; nil when it is there.
    static func missingReason(_ name: String) -> String? {
        guard path(name) == nil else { return nil }
        let reason = "skipped: \(name) is not built in \(folder) (run `swift build` first)"
        print(reason)
        return reason
    }
}
