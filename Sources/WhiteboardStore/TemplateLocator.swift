import Foundation
import WhiteboardCore

/// Finds the templates folder wherever mlsd is run from.
///
/// Order: `--templates-dir`, then `$MLSD_TEMPLATES_DIR`, then `./templates`, then the
/// `templates/` folder of the package mlsd was built from (its absolute path is compiled in),
/// then `../share/mlsd/templates` beside the executable's folder (where `make install` puts
/// them), then `templates/` next to or above the executable.
public enum TemplateLocator {
    public static let environmentVariable = "MLSD_TEMPLATES_DIR"

    /// The templates folder of the source checkout this binary was built from.
    public static var packageTemplates: String {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("templates").path
    }

    /// The path of the running program: `/proc/self/exe` where there is one (so a binary run
    /// by name from `PATH` is still found), else `argv[0]`.
    public static var runningExecutable: String? {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first
    }

    /// Candidate folders in search order, with where each came from.
    public static func candidates(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                                  currentDirectory: String = FileManager.default.currentDirectoryPath,
                                  executable: String? = runningExecutable) -> [(path: String, source: String)] {
        if let flag { return [(flag, "--templates-dir")] }
        if let env = environment[environmentVariable], !env.isEmpty { return [(env, "$\(environmentVariable)")] }
        var out: [(String, String)] = [(currentDirectory + "/templates", "./templates"), (packageTemplates, "package")]
        if let exe = executable {
            var url = URL(fileURLWithPath: exe, relativeTo: URL(fileURLWithPath: currentDirectory)).resolvingSymlinksInPath()
            // An install puts the binary in PREFIX/bin and the templates in PREFIX/share/mlsd.
            let bin = url.deletingLastPathComponent()
            out.append((bin.deletingLastPathComponent().appendingPathComponent("share/mlsd/templates").path, "install"))
            for _ in 0..<4 {
                url = url.deletingLastPathComponent()
                out.append((url.appendingPathComponent("templates").path, "executable"))
            }
        }
        return out
    }

    /// The first candidate that holds a catalogue, or an error listing where it looked.
    public static func locate(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                              currentDirectory: String = FileManager.default.currentDirectoryPath) throws(TemplateLoadError) -> String {
        let list = candidates(flag: flag, environment: environment, currentDirectory: currentDirectory)
        for c in list where FileManager.default.fileExists(atPath: c.path + "/" + TemplateLibrary.catalogueFile) {
            return c.path
        }
        if list.count == 1 {
            throw TemplateLoadError(path: list[0].path, message: "no \(TemplateLibrary.catalogueFile) here (from \(list[0].source))")
        }
        throw TemplateLoadError(path: "templates", message: "no templates folder found; looked in \(list.map(\.path).joined(separator: ", ")); pass --templates-dir DIR or set \(environmentVariable)")
    }
}
