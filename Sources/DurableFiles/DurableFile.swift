#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file operations done the way that survives a crash at any instant: write a temp file in the same
/// directory, fsync it, rename it over the target, fsync the directory (PostgreSQL's durable_rename).
/// Foundation's atomic write skips the directory fsync and loses the 0600 mode, hence these calls.
public enum DurableFile {
    /// The prefix of this target's temp files, so that a sweep finds the ones a killed run left behind.
    public static func temporaryPrefix(for path: String) -> String { "." + basename(path) + ".tmp-" }

    /// True for a temp file of `path` or of a file kept beside it (`.bak`, `.reset-…`).
    public static func isTemporary(_ name: String, besides path: String) -> Bool {
        name.hasPrefix("." + basename(path)) && name.contains(".tmp-")
    }

    /// Replaces `path` with `bytes`, mode 0600. When `backupPath` is given, the previous content stays
    /// reachable there (a hard link to the old file, made before the rename, so the target never vanishes).
    public static func replace(_ path: String, with bytes: [UInt8], keepingPreviousAt backupPath: String? = nil) throws(FileError) {
        let directory = dirname(path)
        let temporary = directory + "/" + temporaryPrefix(for: path) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system(errno) }
        do throws(FileError) {
            try writeAll(fd, bytes)
            guard fsync(fd) == 0 else { throw .system(errno) }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        // After close, the descriptor is gone whatever close says; an error here still means lost data.
        guard close(fd) == 0 else {
            let code = errno
            unlink(temporary)
            throw .system(code)
        }
        if let backupPath, access(path, F_OK) == 0 {
            unlink(backupPath)
            // A link can fail on file systems without hard links; the backup is then a copy.
            if link(path, backupPath) != 0, let previous = try? read(path) {
                try? replace(backupPath, with: previous)
            }
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .system(code)
        }
        syncDirectory(directory)
    }

    /// The whole content of a regular file, or why it could not be read. Anything else at the path (a FIFO,
    /// a device, a folder) is refused without waiting: reading a FIFO would block until a writer came.
    public static func read(_ path: String) throws(FileError) -> [UInt8] {
        let fd = try openRegularFile(path, O_RDONLY)
        defer { close(fd) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if count == 0 { return result }
            result.append(contentsOf: buffer[0..<count])
        }
    }

    /// Opens `path` (created 0600 with O_CREAT in `flags`) only if it is a regular file. The open itself does
    /// not wait (O_NONBLOCK: a FIFO without a writer would hold it forever); the descriptor then blocks again.
    public static func openRegularFile(_ path: String, _ flags: Int32) throws(FileError) -> Int32 {
        let fd = open(path, flags | O_NONBLOCK | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .system(errno) }
        var status = stat()
        guard fstat(fd, &status) == 0 else {
            let code = errno
            close(fd)
            throw .system(code)
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .notARegularFile
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return fd
    }

    /// Creates each missing directory of `path` with mode 0700; existing ones are left as they are.
    public static func makeDirectories(_ path: String) throws(FileError) {
        guard !path.isEmpty, access(path, F_OK) != 0 else { return }
        let parent = dirname(path)
        if parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o700) != 0 && errno != EEXIST { throw .system(errno) }
    }

    public static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) throws(FileError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            offset += written
        }
    }
}

/// Why a file could not be read or written: the system's error number, or something other than a file where
/// a file should be. What it means to the user is for the caller to say.
public enum FileError: Error, Equatable, Sendable {
    case system(Int32)
    /// A FIFO, a device, a socket or a folder.
    case notARegularFile

    public var missing: Bool {
        if case .system(ENOENT) = self { return true }
        return false
    }

    public var text: String {
        switch self {
        case .system(let code): return String(cString: strerror(code))
        case .notARegularFile: return "not a regular file"
        }
    }
}

public func dirname(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
}

public func basename(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
}

/// Reads a whole file; nil when it is missing or unreadable.
public enum FileReader {
    public static func read(_ path: String) -> [UInt8]? {
        try? DurableFile.read(path)
    }
}

/// Writes a text file (the Markdown summary, the practice org) durably, 0600 like everything else written here.
public enum TextFileWriter {
    public static func write(_ text: String, to path: String, creatingFolder: Bool = false) throws(FileError) {
        if creatingFolder { try DurableFile.makeDirectories(dirname(path)) }
        try DurableFile.replace(path, with: Array(text.utf8))
    }
}
