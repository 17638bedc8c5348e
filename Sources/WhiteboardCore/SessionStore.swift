import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads and writes session files. Saves are atomic (temp file in the same folder, fsync,
/// rename, fsync of the folder), so a crash mid-save leaves either the old or the new file.
public enum SessionStore {
    /// Files larger than this are refused on load.
    public static let maxFileSize = 10 * 1024 * 1024
    /// The marker in temp-file names; `removeStaleTempFiles` looks for it.
    public static let tempMarker = ".mlsd-tmp-"

    /// Loads and checks a session file. Never modifies the file.
    public static func load(path: String, migrations: SessionMigrations = .standard) throws(SessionLoadError) -> SessionCodec.Decoded {
        let data: Data
        do {
            let attrs = try FileManager.default.attributesOfItem(atPath: path)
            if let type = attrs[.type] as? FileAttributeType, type == .typeDirectory {
                throw SessionLoadError(path: path, reason: .unreadable("is a directory"))
            }
            if let size = (attrs[.size] as? NSNumber)?.intValue, size > maxFileSize {
                throw SessionLoadError(path: path, reason: .tooLarge(bytes: size, limit: maxFileSize))
            }
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw SessionLoadError(path: path, reason: .unreadable(posixMessage(EACCES)))
            }
            defer { try? handle.close() }
            data = try handle.read(upToCount: maxFileSize + 1) ?? Data()
        } catch let e as SessionLoadError {
            throw e
        } catch {
            let ns = error as NSError
            let reason: String
            if ns.domain == NSCocoaErrorDomain && (ns.code == NSFileReadNoSuchFileError || ns.code == 260) {
                reason = "no such file"
            } else if let posix = ns.userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain {
                reason = posixMessage(Int32(posix.code))
            } else {
                reason = ns.localizedDescription
            }
            throw SessionLoadError(path: path, reason: .unreadable(reason))
        }
        if data.count > maxFileSize {
            throw SessionLoadError(path: path, reason: .tooLarge(bytes: data.count, limit: maxFileSize))
        }
        do {
            return try SessionCodec.decode(data, migrations: migrations)
        } catch {
            throw SessionLoadError(path: path, reason: .format(error))
        }
    }

    /// Writes the session atomically to `path`.
    public static func save(_ session: Session, to path: String) throws {
        try writeAtomically(SessionCodec.encode(session), to: path)
    }

    /// Writes bytes atomically: a temp file beside `path`, fsync, rename over `path`, fsync the folder.
    public static func writeAtomically(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        let temp = dir + "/." + url.lastPathComponent + tempMarker + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError(path: path, message: "cannot create a temporary file in \(dir): \(posixMessage(errno))") }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        let written: Int = data.withUnsafeBytes { raw -> Int in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return -1 }
                offset += n
            }
            return offset
        }
        if written != data.count {
            let e = errno
            close(fd)
            throw StoreError(path: path, message: "write failed: \(posixMessage(e))")
        }
        if fsync(fd) != 0 {
            let e = errno
            close(fd)
            throw StoreError(path: path, message: "fsync failed: \(posixMessage(e))")
        }
        close(fd)
        if rename(temp, path) != 0 {
            throw StoreError(path: path, message: "rename failed: \(posixMessage(errno))")
        }
        ok = true
        let dfd = open(dir, O_RDONLY | O_CLOEXEC)
        if dfd >= 0 { _ = fsync(dfd); close(dfd) }
    }

    /// Removes temp files left in `dir` by saves of processes that no longer run.
    /// Returns the names removed.
    @discardableResult
    public static func removeStaleTempFiles(in dir: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(".") {
            guard let r = name.range(of: tempMarker) else { continue }
            let pidText = name[r.upperBound...].prefix { $0.isNumber }
            guard let pid = Int32(pidText) else { continue }
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH {
                if unlink(dir + "/" + name) == 0 { removed.append(name) }
            }
        }
        return removed
    }
}

/// A save that failed; the old file, if any, is untouched.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

func posixMessage(_ code: Int32) -> String {
    String(cString: strerror(code))
}
