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
    static let formatVersion = 3

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
              let stored = CachedForm.stored(root), stored.fingerprint == print else { return nil }
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

/// Reads the cached form (as `JSONEncoder` wrote `TemplateCache.Stored`) with mlsd's own JSON
/// parser, which is several times faster than `JSONDecoder`. Any mismatch gives nil.
enum CachedForm {
    static func stored(_ v: JSONValue) -> TemplateCache.Stored? {
        guard let o = v.object, let print = o["fingerprint"]?.string,
              let tradeoffs = o["catalogue"]?.object?["tradeoffs"]?.array?.map(tradeoff),
              let problems = o["problems"]?.array?.map(problem) else { return nil }
        let ts = tradeoffs.compactMap { $0 }, ps = problems.compactMap { $0 }
        guard ts.count == tradeoffs.count, ps.count == problems.count else { return nil }
        return TemplateCache.Stored(fingerprint: print, catalogue: TradeoffCatalogue(tradeoffs: ts), problems: ps)
    }

    static func strings(_ v: JSONValue?) -> [String]? {
        guard let a = v?.array else { return nil }
        let s = a.compactMap(\.string)
        return s.count == a.count ? s : nil
    }

    static func tradeoff(_ v: JSONValue) -> Tradeoff? {
        guard let o = v.object, let id = o["id"]?.string, let title = o["title"]?.string,
              let step = o["step"]?.string.flatMap(StepID.init(rawValue:)), let hint = o["hint"]?.string,
              let sidesJSON = o["sides"]?.array, let cost = strings(o["costCues"]), let grounding = strings(o["groundingCues"])
        else { return nil }
        let sides = sidesJSON.compactMap { s -> Tradeoff.Side? in
            guard let so = s.object, let label = so["label"]?.string, let aliases = strings(so["aliases"]) else { return nil }
            return Tradeoff.Side(label: label, aliases: aliases)
        }
        guard sides.count == sidesJSON.count else { return nil }
        // Optional, so a copy written before follow-ups existed still reads.
        var followUps: [String] = []
        if let v = o["followUps"] { guard let qs = strings(v) else { return nil }; followUps = qs }
        return Tradeoff(id: id, title: title, step: step, sides: sides, costCues: cost, groundingCues: grounding, hint: hint,
                        followUps: followUps)
    }

    static func problem(_ v: JSONValue) -> ProblemTemplate? {
        guard let o = v.object, let id = o["id"]?.string, let title = o["title"]?.string,
              let statement = o["statement"]?.string, let nouns = strings(o["nouns"]),
              let assumptionsJSON = o["assumptions"]?.object, let stepsJSON = o["steps"]?.object,
              let componentsJSON = o["components"]?.array, let flowsJSON = o["flows"]?.array else { return nil }
        var assumptions: [String: String] = [:]
        for (k, v) in assumptionsJSON { guard let s = v.string else { return nil }; assumptions[k] = s }
        var steps: [StepID: StepTemplate] = [:]
        for (k, v) in stepsJSON {
            guard let step = StepID(rawValue: k), let so = v.object, case .number(let minutes)? = so["minutes"],
                  let prompts = strings(so["prompts"]), let talking = strings(so["talkingPoints"]),
                  let refsJSON = so["tradeoffs"]?.array else { return nil }
            let refs = refsJSON.compactMap { r -> TradeoffRef? in
                guard let ro = r.object, let rid = ro["id"]?.string,
                      let weight = ro["weight"]?.string.flatMap(TradeoffRef.Weight.init(rawValue:)) else { return nil }
                return TradeoffRef(id: rid, weight: weight)
            }
            guard refs.count == refsJSON.count else { return nil }
            steps[step] = StepTemplate(minutes: Int(minutes), prompts: prompts, talkingPoints: talking, tradeoffs: refs)
        }
        let components = componentsJSON.compactMap { c -> Component? in
            guard let co = c.object, let name = co["name"]?.string, let aliases = strings(co["aliases"]) else { return nil }
            return Component(name: name, kind: co["kind"]?.string, aliases: aliases)
        }
        let flows = flowsJSON.compactMap { f -> Flow? in
            guard let fo = f.object, let from = fo["from"]?.string, let to = fo["to"]?.string else { return nil }
            return Flow(from: from, to: to)
        }
        guard components.count == componentsJSON.count, flows.count == flowsJSON.count else { return nil }
        var followUps: [String: [String]] = [:]
        for (k, v) in o["followUps"]?.object ?? [:] { guard let qs = strings(v) else { return nil }; followUps[k] = qs }
        var hintFigures: [String: String] = [:]
        for (k, v) in o["hintFigures"]?.object ?? [:] { guard let s = v.string else { return nil }; hintFigures[k] = s }
        return ProblemTemplate(id: id, title: title, statement: statement, assumptions: assumptions, nouns: nouns,
                               steps: steps, components: components, flows: flows,
                               hintFigures: hintFigures, scaleLine: o["scaleLine"]?.string, followUps: followUps)
    }
}

extension JSONValue {
    var object: [String: JSONValue]? { if case .object(let o) = self { o } else { nil } }
    var array: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
    var string: String? { if case .string(let s) = self { s } else { nil } }
}
