#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Another process holds the lock of this file.
public struct FileLocked: Error, Equatable, Sendable {
    /// The file the lock guards.
    public var path: String
    /// The holder's process id, when it wrote one.
    public var holder: Int32?

    public init(path: String, holder: Int32?) {
        self.path = path
        self.holder = holder
    }
}

/// One writer at a time for a file: an advisory lock on `<file>.lock`, which holds the holder's process id
/// so that the next one can be told who has it.
public final class FileLock {
    /// The file the lock guards.
    public let path: String
    public var lockPath: String { path + ".lock" }
    private var descriptor: Int32 = -1

    public init(guarding path: String) {
        self.path = path
    }

    deinit { release() }

    /// Takes the lock, creating the directory (0700) if needed. Fails at once, with `FileLocked`, if another
    /// process has it; with `FileError` if the lock file cannot be made.
    public func acquire() throws {
        try DurableFile.makeDirectories(dirname(path))
        let fd = try DurableFile.openRegularFile(lockPath, O_RDWR | O_CREAT)
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? DurableFile.read(lockPath)).flatMap { Int32(String(decoding: $0, as: UTF8.self)) }
            close(fd)
            throw FileLocked(path: path, holder: holder)
        }
        ftruncate(fd, 0)
        let pid = Array("\(getpid())".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        descriptor = fd
    }

    public func release() {
        guard descriptor >= 0 else { return }
        // Unlocked before the close: a child forked meanwhile by another thread shares the descriptor until it
        // execs, and the close alone would leave the lock held until then.
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }
}
