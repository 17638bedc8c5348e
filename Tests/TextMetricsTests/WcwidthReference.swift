import Foundation
import TestSupport

/// Runs python3's `wcwidth` package (installed by .ci/run) as the reference for display widths.
enum WcwidthReference {
    /// The reference script: `scalars` reads "lo hi" lines and prints one width digit per code
    /// point (C0/C1 controls, -1 in wcwidth, print as 0 like `DisplayWidth`); `strings` reads
    /// lines of space-separated hex scalars and prints `wcwidth.width` of each.
    static let script = """
    import sys, wcwidth
    mode = sys.argv[1]
    out = []
    for line in sys.stdin.read().splitlines():
        f = line.split()
        if mode == "version":
            break
        if mode == "scalars":
            lo, hi = int(f[0], 16), int(f[1], 16)
            out.append("".join(str(max(0, wcwidth.wcwidth(chr(c)))) for c in range(lo, hi + 1)))
        else:
            out.append(str(wcwidth.width("".join(chr(int(x, 16)) for x in f))))
    if mode == "version":
        print(wcwidth.__version__, wcwidth.list_versions()[-1])
    else:
        print("\\n".join(out))
    """

    /// Output of the script in `mode` fed `input`, or nil when python3 or wcwidth is missing.
    static func run(_ mode: String, input: String = "") throws -> String? {
        guard PythonScript.hasModule("wcwidth") else { return nil }
        let out = try PythonScript.run(script, arguments: [mode], input: input, mergeErrors: false)
        guard out.status == 0 else { throw ReferenceFailed(status: out.status, output: out.text) }
        return out.text
    }

    struct ReferenceFailed: Error { let status: Int32; let output: String }

    /// (package version, Unicode version) of the installed wcwidth, or nil when absent.
    static func version() throws -> (package: String, unicode: String)? {
        guard let out = try run("version") else { return nil }
        let f = out.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return f.count == 2 ? (f[0], f[1]) : nil
    }
}
