import Foundation
import WhiteboardCore

/// A JSON copy of a parsed templates folder, kept in the user's cache folder and reused while no
/// template file has changed. Parsing the YAML of fifteen problems and the catalogue costs tens
/// of milliseconds at every start; reading the cached copy costs a few.
///
/// The copy is keyed by the templates folder's path and valid only while every template file
/// has the same name, size and modification time as when it was written. Any failure to read
/// or write it falls back to the YAML silently: the cache can only make loading faster.
public enum TemplateCache {
    /// Overrides the cache folder; an empty value turns the cache off.
    public static let environmentVariable = "MLSD_CACHE_DIR"
    /// Bumped whenever the cached form changes.
    static let formatVersion = 4

    /// The cache folder: `$MLSD_CACHE_DIR`, else `$XDG_CACHE_HOME/mlsd`, else `~/.cache/mlsd`;
    /// nil when turned off or no home is known.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let dir = environment[environmentVariable] { return dir.isEmpty ? nil : dir }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/mlsd" }
        if let home = environment["HOME"], home.hasPrefix("/") { return home + "/.cache/mlsd" }
        return nil
    }

    /// The cache file for a templates folder.
    static func file(for templatesDirectory: String, in cacheDirectory: String) -> String {
        let path = URL(fileURLWithPath: templatesDirectory).standardizedFileURL.path
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return cacheDirectory + "/templates-" + String(hash, radix: 16) + ".json"
    }

    /// Names, sizes and modification times of every template file in the folder.
    static func fingerprint(of templatesDirectory: String) -> String? {
        let files = [templatesDirectory + "/" + TemplateLibrary.catalogueFile] + TemplateLibrary.problemFiles(in: templatesDirectory)
        var parts = ["mlsd-templates-v\(formatVersion)", URL(fileURLWithPath: templatesDirectory).standardizedFileURL.path]
        for path in files {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            parts.append("\((path as NSString).lastPathComponent):\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)")
        }
        return parts.joined(separator: "|")
    }

    struct Stored: Codable {
        var fingerprint: String
        var catalogue: TradeoffCatalogue
        var problems: [ProblemTemplate]
    }

    /// The cached library for a folder, if there is a copy and no template changed since.
    public static func load(templatesDirectory: String, cacheDirectory: String) -> TemplateLibrary? {
        guard let print = fingerprint(of: templatesDirectory),
              let data = FileManager.default.contents(atPath: file(for: templatesDirectory, in: cacheDirectory)),
              let root = try? JSONParser.parse(Array(data)),
              let stored = try? JSONValueDecoder.decode(Stored.self, from: root), stored.fingerprint == print else { return nil }
        return TemplateLibrary(catalogue: stored.catalogue, problems: stored.problems, directory: templatesDirectory)
    }

    /// Writes the cached copy (atomically); failures are ignored.
    public static func store(_ library: TemplateLibrary, cacheDirectory: String) {
        guard let print = fingerprint(of: library.directory) else { return }
        let stored = Stored(fingerprint: print, catalogue: library.catalogue, problems: library.problems)
        guard let data = try? JSONEncoder().encode(stored) else { return }
        try? FileManager.default.createDirectory(atPath: cacheDirectory, withIntermediateDirectories: true)
        try? SessionStore.writeAtomically(data, to: file(for: library.directory, in: cacheDirectory))
    }
}

extension TemplateLibrary {
    /// Loads a templates folder through the cache: the cached copy when it is current, else
    /// the YAML (then refreshes the copy). Without a cache folder it is `load(directory:)`.
    public static func load(directory: String, cacheDirectory: String?) throws(TemplateLoadError) -> TemplateLibrary {
        guard let cacheDirectory else { return try load(directory: directory) }
        if let cached = TemplateCache.load(templatesDirectory: directory, cacheDirectory: cacheDirectory) { return cached }
        let library = try load(directory: directory)
        TemplateCache.store(library, cacheDirectory: cacheDirectory)
        return library
    }
}
