import DurableFiles
import Glibc
import Testing
@testable import CheckpointStorage
import WizardCore

/// Each test gets its own folder under /tmp, removed afterwards.
final class Sandbox {
    let directory: String

    init() {
        var template = Array("/tmp/omwizard-store-XXXXXX".utf8CString)
        directory = String(cString: mkdtemp(&template)!)
    }

    deinit { _ = system("rm -rf '\(directory)'") }

    func path(_ name: String) -> String { directory + "/" + name }

    func write(_ text: String, to name: String) {
        let fd = open(path(name), O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    func read(_ name: String) -> String? {
        (try? DurableFile.read(path(name))).map { String(decoding: $0, as: UTF8.self) }
    }

    func mode(_ name: String) -> mode_t {
        var info = stat()
        stat(path(name), &info)
        return info.st_mode & 0o777
    }

    func exists(_ name: String) -> Bool { access(path(name), F_OK) == 0 }
}

func sampleCheckpoint(queue: String = "Atención al Cliente") -> Checkpoint {
    var answers = Answers()
    answers.queueName = queue
    answers.memberEmail = "ana@example.com"
    var checkpoint = Checkpoint(language: .es)
    checkpoint.answers = answers
    checkpoint.statuses = [.prerequisites: .done, .queue: .done, .member: .inProgress]
    checkpoint.confirmed = [.queue: "new|\(queue)"]
    return checkpoint
}

@Suite struct CheckpointStoreTests {
    @Test func roundTripKeepsEveryAnswer() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("state/omwizard/default.json"))
        try store.save(sampleCheckpoint())
        #expect(store.load() == .loaded(sampleCheckpoint()))
    }

    @Test func filesAre0600InA0700FolderAndStay0600OnRewrite() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("state/omwizard/default.json"))
        try store.save(sampleCheckpoint())
        try store.save(sampleCheckpoint(queue: "Ventas"))
        #expect(sandbox.mode("state/omwizard/default.json") == 0o600)
        #expect(sandbox.mode("state/omwizard/default.json.bak") == 0o600)
        #expect(sandbox.mode("state/omwizard") == 0o700)
        #expect(sandbox.mode("state") == 0o700)
    }

    @Test func theBackupHoldsThePreviousCopy() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("default.json"))
        try store.save(sampleCheckpoint(queue: "Primera"))
        try store.save(sampleCheckpoint(queue: "Segunda"))
        #expect(store.loadBackup() == sampleCheckpoint(queue: "Primera"))
        #expect(store.load() == .loaded(sampleCheckpoint(queue: "Segunda")))
    }

    @Test func anEmptyFileIsToldApartFromACorruptOne() {
        let sandbox = Sandbox()
        sandbox.write("  \n", to: "default.json")
        let store = CheckpointStore(path: sandbox.path("default.json"))
        #expect(store.load() == .damaged(DamagedCheckpoint(problem: .empty(path: store.path), backup: nil)))
    }

    @Test func aTruncatedFileIsCorruptAndOffersAReadableBackup() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("default.json"))
        try store.save(sampleCheckpoint(queue: "Buena"))
        try store.save(sampleCheckpoint(queue: "Dañada"))
        let full = sandbox.read("default.json")!
        sandbox.write(String(full.prefix(full.count / 2)), to: "default.json")
        #expect(store.load() == .damaged(DamagedCheckpoint(problem: .corrupt(path: store.path, field: nil),
                                                           backup: sampleCheckpoint(queue: "Buena"))))
        #expect(sandbox.read("default.json") == String(full.prefix(full.count / 2)), "loading never rewrites")
    }

    @Test func aMissingFieldIsNamed() {
        let sandbox = Sandbox()
        sandbox.write(#"{"schemaVersion": 1, "language": "es"}"#, to: "default.json")
        let store = CheckpointStore(path: sandbox.path("default.json"))
        guard case .damaged(let damaged) = store.load(), case .corrupt(_, let field?) = damaged.problem else {
            Issue.record("expected a corrupt checkpoint naming a field")
            return
        }
        #expect(["mode", "answers", "statuses", "confirmed"].contains(field))
    }

    @Test func aNewerVersionIsRefusedNotCalledCorrupt() {
        let sandbox = Sandbox()
        sandbox.write(#"{"schemaVersion": 7, "somethingNew": true}"#, to: "default.json")
        let store = CheckpointStore(path: sandbox.path("default.json"))
        #expect(store.load() == .damaged(DamagedCheckpoint(
            problem: .newerVersion(path: store.path, found: 7, supported: Checkpoint.currentSchemaVersion), backup: nil)))
    }

    @Test func aSecondHolderOfTheLockIsToldWhoHasIt() throws {
        let sandbox = Sandbox()
        let first = CheckpointStore(path: sandbox.path("default.json"))
        try first.takeLock()
        let second = CheckpointStore(path: sandbox.path("default.json"))
        #expect(throws: FileLocked(path: second.path, holder: getpid())) { try second.takeLock() }
        first.releaseLock()
        try second.takeLock()
    }

    @Test func staleTemporaryFilesAreSweptButNothingElse() throws {
        let sandbox = Sandbox()
        sandbox.write("half", to: ".default.json.tmp-123-456")
        sandbox.write("half", to: ".default.json.tmp-999-1")
        sandbox.write("keep", to: ".other.json.tmp-1-1")
        let store = CheckpointStore(path: sandbox.path("default.json"))
        try store.save(sampleCheckpoint())
        #expect(store.sweepTemporaryFiles() == 2)
        #expect(sandbox.exists(".other.json.tmp-1-1") && sandbox.exists("default.json"))
    }

    @Test func resetKeepsTheProgressInACopyLaterSavesNeverTouch() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("default.json"))
        #expect(try store.reset(stamp: "1") == nil)
        try store.save(sampleCheckpoint())
        #expect(try store.reset(stamp: "20261125-120000") == store.path + ".reset-20261125-120000")
        #expect(store.load() == .none)
        try store.save(sampleCheckpoint(queue: "Nueva"))
        try store.save(sampleCheckpoint(queue: "Otra"))
        #expect(sandbox.read("default.json.reset-20261125-120000")!.contains("Atención al Cliente"))
    }

    @Test func archiveCopiesAndLeavesTheCheckpointInPlace() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("default.json"))
        #expect(try store.archive(stamp: "1") == nil)
        try store.save(sampleCheckpoint())
        let copy = try #require(try store.archive(stamp: "2"))
        #expect(sandbox.read("default.json.reset-2") == sandbox.read("default.json"))
        #expect(sandbox.mode("default.json.reset-2") == 0o600)
        #expect(copy == store.path + ".reset-2")
    }

    @Test func aDamagedFileIsSetAsideNotDeleted() throws {
        let sandbox = Sandbox()
        sandbox.write("{oops", to: "default.json")
        let store = CheckpointStore(path: sandbox.path("default.json"))
        let aside = try store.setAsideDamaged(stamp: "20261125-120000")
        #expect(aside == store.path + ".damaged-20261125-120000")
        #expect(sandbox.read("default.json.damaged-20261125-120000") == "{oops")
        #expect(store.load() == .none)
    }

    @Test func writeErrorsBecomeReasonsTheUserCanActOn() {
        #expect(SaveFailure(FileError.system(ENOSPC)) == .diskFull)
        #expect(SaveFailure(FileError.system(EDQUOT)) == .diskFull)
        #expect(SaveFailure(FileError.system(EACCES)) == .permissionDenied)
        #expect(SaveFailure(FileError.system(EROFS)) == .readOnlyFileSystem)
    }

    @Test func savingIntoAFolderThatCannotBeWrittenFailsCleanly() throws {
        let store = CheckpointStore(path: "/proc/omwizard-cannot-write/default.json")
        #expect(throws: SaveFailure.self) { try store.save(sampleCheckpoint()) }
    }

    @Test func tempFilesOfTheBackupsAreSweptToo() throws {
        let sandbox = Sandbox()
        sandbox.write("half", to: ".default.json.bak.tmp-1-2")
        sandbox.write("half", to: ".default.json.reset-20261125-120000.tmp-3-4")
        let store = CheckpointStore(path: sandbox.path("default.json"))
        #expect(store.sweepTemporaryFiles() == 2)
    }

    @Test func twoResetsInOneSecondKeepBothCopies() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("default.json"))
        try store.save(sampleCheckpoint(queue: "Uno"))
        let first = try #require(try store.reset(stamp: "same"))
        try store.save(sampleCheckpoint(queue: "Dos"))
        let second = try #require(try store.reset(stamp: "same"))
        #expect(first != second)
        #expect(sandbox.read("default.json.reset-same")!.contains("Uno"))
        #expect(sandbox.read("default.json.reset-same-2")!.contains("Dos"))
    }
}
