import Foundation
import WhiteboardCore
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
    ///
    /// Only regular files are read (symbolic links are followed): a folder, FIFO or device is
    /// refused without blocking, and files over `maxFileSize` are refused before reading.
    public static func load(path: String, migrations: SessionMigrations = .standard) throws(SessionLoadError) -> SessionCodec.Decoded {
        let data = try readRegularFile(path)
        do {
            return try SessionCodec.decode(bytes: data, migrations: migrations)
        } catch {
            throw SessionLoadError(path: path, reason: .format(error))
        }
    }

    /// The bytes of the regular file at `path`, at most `maxFileSize` of them.
    static func readRegularFile(_ path: String) throws(SessionLoadError) -> [UInt8] {
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let e = errno
            throw SessionLoadError(path: path, reason: .unreadable(e == ENOENT ? "no such file" : posixMessage(e)))
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw SessionLoadError(path: path, reason: .unreadable(posixMessage(errno))) }
        switch st.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw SessionLoadError(path: path, reason: .unreadable("is a directory"))
        default: throw SessionLoadError(path: path, reason: .unreadable("is not a regular file"))
        }
        let size = Int(st.st_size)
        if size > maxFileSize {
            throw SessionLoadError(path: path, reason: .tooLarge(bytes: size, limit: maxFileSize))
        }
        // Read until end of file (the file may have grown since fstat), one byte past the limit.
        var bytes = [UInt8](repeating: 0, count: min(size, maxFileSize) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > maxFileSize { break }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, maxFileSize + 1 - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { raw in read(fd, raw.baseAddress! + count, raw.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw SessionLoadError(path: path, reason: .unreadable(posixMessage(errno)))
            }
            if n == 0 { break }
            count += n
        }
        if count > maxFileSize {
            throw SessionLoadError(path: path, reason: .tooLarge(bytes: count, limit: maxFileSize))
        }
        bytes.removeSubrange(count...)
        return bytes
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
