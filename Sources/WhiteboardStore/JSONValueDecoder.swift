import WhiteboardCore

/// Decodes `Decodable` values from a parsed JSON value tree: the one decoder behind session
/// files (`SessionCodec`) and the template cache (`TemplateCache`).
///
/// The tree comes from mlsd's own `JSONParser` rather than `JSONDecoder`'s: that parser names
/// the line and column of a syntax error, rejects duplicate keys (which `JSONDecoder` resolves
/// silently, last one wins) and bounds nesting, and it is several times faster. This decoder
/// adds what is left: every failure is one `SessionFormatError.field` naming the path of the
/// value, e.g. `canvas.boxes[2].width: expected an integer, found a string`.
public enum JSONValueDecoder {
    /// Decodes a `T` from `value`; a failure names the path of the value that failed.
    public static func decode<T: Decodable>(_ type: T.Type, from value: JSONValue) throws(SessionFormatError) -> T {
        do {
            return try T(from: TreeDecoder(value: value, codingPath: []))
        } catch let error as SessionFormatError {
            throw error
        } catch let error as DecodingError {
            throw describe(error)
        } catch {
            throw .field(path: "(top level)", message: String(describing: error))
        }
    }

    /// A coding path as the messages write it: `canvas.boxes[2].width`, `(top level)` when empty.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? MessageText.inert(key.stringValue) : "." + MessageText.inert(key.stringValue) }
        }
        return out.isEmpty ? "(top level)" : out
    }

    /// A `DecodingError` thrown by a conformance (an unknown enum raw value, say) as a field error.
    static func describe(_ error: DecodingError) -> SessionFormatError {
        switch error {
        case let .keyNotFound(key, ctx): .field(path: path(ctx.codingPath + [key]), message: "missing")
        case let .typeMismatch(type, ctx): .field(path: path(ctx.codingPath), message: "expected \(type)")
        case let .valueNotFound(type, ctx): .field(path: path(ctx.codingPath), message: "expected \(type), found nothing")
        case let .dataCorrupted(ctx): .field(path: path(ctx.codingPath), message: ctx.debugDescription)
        @unknown default: .field(path: "(top level)", message: String(describing: error))
        }
    }

    /// A whole number in decimal without an exponent where it fits, for messages.
    static func formatNumber(_ d: Double) -> String {
        abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
    }
}

/// A key made from any string or index (dictionary keys, array positions in paths).
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) { self.stringValue = String(intValue); self.intValue = intValue }
}

/// The `Decoder` over one node of the tree.
private struct TreeDecoder: Decoder {
    let value: JSONValue
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else { throw mismatch("an object") }
        return KeyedDecodingContainer(ObjectContainer<Key>(object: object, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch("an array") }
        return ArrayContainer(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func mismatch(_ expected: String) -> SessionFormatError {
        .field(path: JSONValueDecoder.path(codingPath), message: "expected \(expected), found \(value.typeName)")
    }
}

extension TreeDecoder: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = value else { throw mismatch("true or false") }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let s) = value else { throw mismatch("a string") }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .number(let d) = value else { throw mismatch("a number") }
        return d
    }

    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

    func decode<T: BinaryInteger & FixedWidthInteger>(integer type: T.Type) throws -> T {
        guard case .number(let d) = value else { throw mismatch("an integer") }
        let where_ = JSONValueDecoder.path(codingPath)
        guard d.isFinite, d == d.rounded() else { throw SessionFormatError.field(path: where_, message: "expected an integer, found \(d)") }
        guard let v = T(exactly: d) else {
            throw SessionFormatError.field(path: where_, message: "\(JSONValueDecoder.formatNumber(d)) is out of range \(T.min)...\(T.max)")
        }
        return v
    }

    func decode(_ type: Int.Type) throws -> Int { try decode(integer: Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decode(integer: Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decode(integer: Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decode(integer: Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decode(integer: Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try decode(integer: UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decode(integer: UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decode(integer: UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decode(integer: UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decode(integer: UInt64.self) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        // Strings and integers skip the generic path: they are most of every file.
        if T.self == String.self { return try decode(String.self) as! T }
        if T.self == Int.self { return try decode(Int.self) as! T }
        return try T(from: self)
    }
}

/// The fields of a JSON object.
private struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: [String: JSONValue]
    let codingPath: [any CodingKey]

    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    func child(_ key: Key) throws -> TreeDecoder {
        guard let v = object[key.stringValue] else {
            throw SessionFormatError.field(path: JSONValueDecoder.path(codingPath + [key]), message: "missing")
        }
        return TreeDecoder(value: v, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { object[key.stringValue].map { $0 == .null } ?? true }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(T.self) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { TreeDecoder(value: .object(object), codingPath: codingPath) }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

/// The items of a JSON array, read in order.
private struct ArrayContainer: UnkeyedDecodingContainer {
    let items: [JSONValue]
    let codingPath: [any CodingKey]
    var currentIndex = 0

    init(items: [JSONValue], codingPath: [any CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    mutating func next() throws -> TreeDecoder {
        let key = AnyCodingKey(intValue: currentIndex)
        guard !isAtEnd else {
            throw SessionFormatError.field(path: JSONValueDecoder.path(codingPath + [key]), message: "missing")
        }
        defer { currentIndex += 1 }
        return TreeDecoder(value: items[currentIndex], codingPath: codingPath + [key])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, items[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decode(T.self) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
}
