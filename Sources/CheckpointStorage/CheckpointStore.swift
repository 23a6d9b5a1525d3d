#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DurableFiles
import WizardCore

/// What was found at the checkpoint's path.
public enum LoadedCheckpoint: Equatable, Sendable {
    case none
    case loaded(Checkpoint)
    case damaged(DamagedCheckpoint)
}

/// The checkpoint file of one profile: durable writes, a `.bak` of the previous copy, a lock so that one
/// wizard at a time writes it, and a sweep of temp files a killed run left behind.
public final class CheckpointStore {
    public let path: String
    public var backupPath: String { path + ".bak" }
    public var lockPath: String { lock.lockPath }
    private let lock: FileLock
    /// Fields of the loaded file that this version does not know: every save writes them back.
    private var unknownFields: UnknownFields?

    public init(path: String) {
        self.path = path
        lock = FileLock(guarding: path)
    }

    /// Takes the lock, creating the directory (0700) if needed. Fails at once, with `FileLocked`, if another
    /// process has it; with `SaveFailure` if the lock file cannot be made.
    public func takeLock() throws {
        do {
            try lock.acquire()
        } catch let failure as FileError {
            throw SaveFailure(failure)
        }
    }

    public func releaseLock() {
        lock.release()
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
        try saving { () throws(FileError) in
            try DurableFile.makeDirectories(dirname(path))
            try DurableFile.replace(path, with: bytes, keepingPreviousAt: backupPath)
        }
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
            throw SaveFailure(error)
        }
        let destination = archivePath(stamp)
        try saving { () throws(FileError) in try DurableFile.replace(destination, with: bytes) }
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
        guard rename(path, destination) == 0 else { throw SaveFailure(FileError.system(errno)) }
        DurableFile.syncDirectory(dirname(path))
        return destination
    }
}

extension SaveFailure {
    /// A file's error in the terms of the wizard's texts: what the user can do about it.
    public init(_ error: FileError) {
        switch error {
        case .notARegularFile: self = .notARegularFile
        case .system(ENOSPC), .system(EDQUOT), .system(EFBIG): self = .diskFull
        case .system(EACCES), .system(EPERM): self = .permissionDenied
        case .system(EROFS): self = .readOnlyFileSystem
        case .system(ENOENT), .system(ENOTDIR): self = .missingFolder
        case .system(let code): self = .other(String(cString: strerror(code)))
        }
    }
}

/// Runs file work, its failure told in the wizard's terms.
func saving<Value>(_ work: () throws(FileError) -> Value) throws(SaveFailure) -> Value {
    do {
        return try work()
    } catch {
        throw SaveFailure(error)
    }
}
