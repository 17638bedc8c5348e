import Foundation
import WhiteboardCore
import Yams

/// Loading a templates folder from its YAML files (docs/template-format.md).
extension TemplateLibrary {
    /// Loads every template in `directory`; the first file that fails stops the load.
    public static func load(directory: String) throws(TemplateLoadError) -> TemplateLibrary {
        let catalogue: TradeoffCatalogue = try decodeYAML(TradeoffCatalogue.self, path: directory + "/" + catalogueFile)
        var problems: [ProblemTemplate] = []
        for path in problemFiles(in: directory) {
            problems.append(try decodeYAML(ProblemTemplate.self, path: path))
        }
        if problems.isEmpty {
            throw TemplateLoadError(path: directory + "/" + problemsFolder, message: "no problem templates (*.yaml) found")
        }
        return TemplateLibrary(catalogue: catalogue, problems: problems, directory: directory)
    }

    /// The problem template files in a templates folder, sorted by name.
    public static func problemFiles(in directory: String) -> [String] {
        let dir = directory + "/" + problemsFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { dir + "/" + $0 }
    }

    /// Decodes one YAML file, turning every failure into a one-line error naming the file.
    public static func decodeYAML<T: Decodable>(_ type: T.Type, path: String) throws(TemplateLoadError) -> T {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TemplateLoadError(path: path, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TemplateLoadError(path: path, message: "not valid UTF-8")
        }
        do {
            // The basic resolver skips Yams' per-scalar regular expressions (merge keys, tags),
            // which made template loading dominate start-up; templates use neither.
            let parser = try Parser(yaml: text, resolver: .basic)
            guard let node = try parser.singleRoot() else {
                throw TemplateLoadError(path: path, message: "the file is empty")
            }
            return try YAMLDecoder().decode(T.self, from: node)
        } catch let error as TemplateLoadError {
            throw error
        } catch let error as DecodingError {
            throw TemplateLoadError(path: path, message: describe(error))
        } catch let error as YamlError {
            throw TemplateLoadError(path: path, message: yamlSyntax(error))
        } catch {
            throw TemplateLoadError(path: path, message: String(describing: error))
        }
    }

    static func yamlSyntax(_ error: YamlError) -> String {
        "YAML syntax: " + String(describing: error).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            var out = ""
            for k in keys {
                if let i = k.intValue { out += "[\(i)]" } else { out += out.isEmpty ? k.stringValue : "." + k.stringValue }
            }
            return out.isEmpty ? "(top level)" : out
        }
        switch error {
        case let .keyNotFound(key, ctx): return "\(path(ctx.codingPath + [key])): missing"
        case let .typeMismatch(type, ctx): return "\(path(ctx.codingPath)): expected \(type)"
        case let .valueNotFound(type, ctx): return "\(path(ctx.codingPath)): expected \(type), found nothing"
        case let .dataCorrupted(ctx):
            if let yaml = ctx.underlyingError as? YamlError { return yamlSyntax(yaml) }
            return "\(path(ctx.codingPath)): \(ctx.debugDescription)"
        @unknown default: return String(describing: error)
        }
    }
}
