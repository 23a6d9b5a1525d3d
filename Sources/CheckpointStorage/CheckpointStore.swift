#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WizardCore

/// What was found at the checkpoint's path.
public enum LoadedCheckpoint: Equatable, Sendable {
    case none
    case loaded(Checkpoint)
    case damaged(DamagedCheckpoint)
}

/// Another wizard holds the checkpoint.
public struct CheckpointLocked: Error, Equatable {
    public var path: String
    /// The holder's process id, when it wrote one.
    public var holder: Int32?
}

/// The checkpoint file of one profile: durable writes, a `.bak` of the previous copy, a lock so that one
/// wizard at a time writes it, and a sweep of temp files a killed run left behind.
public final class CheckpointStore {
    public let path: String
    public var backupPath: String { path + ".bak" }
    public var lockPath: String { path + ".lock" }
    private var lockDescriptor: Int32 = -1
    /// Fields of the loaded file that this version does not know: every save writes them back.
    private var unknownFields: UnknownFields?

    public init(path: String) {
        self.path = path
    }

    deinit { releaseLock() }

    /// Takes the lock, creating the directory (0700) if needed. Fails at once if another process has it.
    public func lock() throws -> Void {
        try DurableFile.makeDirectories(dirname(path))
        let fd: Int32
        do {
            fd = try DurableFile.openRegularFile(lockPath, O_RDWR | O_CREAT)
        } catch {
            throw error.saveFailure
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? DurableFile.read(lockPath)).flatMap { Int32(String(decoding: $0, as: UTF8.self)) }
            close(fd)
            throw CheckpointLocked(path: path, holder: holder)
        }
        ftruncate(fd, 0)
        let pid = Array("\(getpid())".utf8)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        lockDescriptor = fd
    }

    public func releaseLock() {
        guard lockDescriptor >= 0 else { return }
        // Unlocked before the close: a child forked meanwhile by another thread shares the descriptor until it
        // execs, and the close alone would leave the lock held until then.
        flock(lockDescriptor, LOCK_UN)
        close(lockDescriptor)
        lockDescriptor = -1
    }

    /// Removes the temp files that a run killed mid-write left beside the checkpoint. Call with the lock held.
    @discardableResult
    public func sweepTemporaryFiles() -> Int {
        let directory = dirname(path)
        guard let dir = opendir(directory) else { return 0 }
        defer { closedir(dir) }
        var removed = 0
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if DurableFile.isTemporary(name, besides: path), unlink(directory + "/" + name) == 0 { removed += 1 }
        }
        return removed
    }

    public func load() -> LoadedCheckpoint {
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.read(path)
        } catch {
            if error.missing { return .none }
            let problem: CheckpointProblem = if case .notARegularFile = error {
                .notAFile(path: path)
            } else {
                .unreadable(path: path, detail: error.text)
            }
            return .damaged(DamagedCheckpoint(problem: problem, backup: loadBackup()))
        }
        do {
            let checkpoint = try CheckpointCodec.decode(bytes, path: path)
            unknownFields = CheckpointCodec.unknownFields(in: bytes, of: checkpoint)
            return .loaded(checkpoint)
        } catch {
            return .damaged(DamagedCheckpoint(problem: error, backup: loadBackup()))
        }
    }

    /// The previous good copy, if it exists and reads correctly.
    public func loadBackup() -> Checkpoint? {
        guard let bytes = try? DurableFile.read(backupPath) else { return nil }
        return try? CheckpointCodec.decode(bytes, path: backupPath)
    }

    public func save(_ checkpoint: Checkpoint) throws(SaveFailure) {
        let bytes: [UInt8]
        do {
            bytes = try CheckpointCodec.encode(checkpoint, keeping: unknownFields)
        } catch {
            throw .other("\(error)")
        }
        try DurableFile.makeDirectories(dirname(path))
        try DurableFile.replace(path, with: bytes, keepingPreviousAt: backupPath)
    }

    /// Moves a damaged checkpoint out of the way, keeping it for inspection; returns where it went.
    public func setAsideDamaged(stamp: String) throws(SaveFailure) -> String {
        try moveAside(to: path + ".damaged-" + stamp)
    }

    /// Starts over: the checkpoint moves to `<name>.reset-<stamp>`, a backup no later save touches (the
    /// rolling `.bak` would be replaced by the second save). Returns its path, or nil when there was nothing.
    public func reset(stamp: String) throws(SaveFailure) -> String? {
        guard access(path, F_OK) == 0 else { return nil }
        return try moveAside(to: archivePath(stamp))
    }

    /// Keeps a copy of the checkpoint as `<name>.reset-<stamp>` and leaves the checkpoint in place.
    /// Returns the copy's path, or nil when there is no checkpoint yet.
    public func archive(stamp: String) throws(SaveFailure) -> String? {
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.read(path)
        } catch {
            if error.missing { return nil }
            throw error.saveFailure
        }
        let destination = archivePath(stamp)
        try DurableFile.replace(destination, with: bytes)
        return destination
    }

    /// `<name>.reset-<stamp>`, with a number added when that name is taken (two resets in one second).
    public func archivePath(_ stamp: String) -> String {
        let base = path + ".reset-" + stamp
        var candidate = base
        var number = 2
        while access(candidate, F_OK) == 0 {
            candidate = base + "-\(number)"
            number += 1
        }
        return candidate
    }

    private func moveAside(to destination: String) throws(SaveFailure) -> String {
        guard rename(path, destination) == 0 else { throw DurableFile.failure(errno) }
        DurableFile.syncDirectory(dirname(path))
        return destination
    }
}

/// Reads a whole file; nil when it is missing or unreadable.
public enum FileReader {
    public static func read(_ path: String) -> [UInt8]? {
        try? DurableFile.read(path)
    }
}

/// Writes a text file (the Markdown summary) durably, 0600 like everything else the wizard writes.
public enum TextFileWriter {
    public static func write(_ text: String, to path: String, creatingFolder: Bool = false) throws(SaveFailure) {
        if creatingFolder { try DurableFile.makeDirectories(dirname(path)) }
        try DurableFile.replace(path, with: Array(text.utf8))
    }
}
