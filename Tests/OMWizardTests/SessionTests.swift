import CheckpointStorage
import Glibc
import Synchronization
import TerminalUI
import Testing
import WizardCore
import WizardServices
import WizardUI
@testable import omwizard

/// A terminal that gives the session scripted input and keeps what it painted. When the script runs out,
/// a wait that may last waits for the session's background work (its wake-up pipe), and once nothing has
/// happened for a while the terminal goes away, which ends the run.
final class ScriptedTerminal: TerminalDevice {
    var inputs: [TerminalInput]
    private(set) var frames: [Grid] = []
    /// When each input was taken, in order.
    private(set) var taken: [(TerminalInput, ContinuousClock.Instant)] = []
    private var idleWaits = 0
    let size = TerminalSize(columns: 100, rows: 30)

    init(_ inputs: [TerminalInput]) {
        self.inputs = inputs
    }

    var screen: String { frames.last?.text ?? "" }

    func paint(_ grid: Grid) { frames.append(grid) }
    func echo(_ character: Character) {}
    func copyToClipboard(_ text: String) {}

    func read(timeout: Int32, wakeUp: Int32?) -> TerminalInput? {
        if !inputs.isEmpty {
            let input = inputs.removeFirst()
            taken.append((input, .now))
            return input
        }
        guard timeout != 0 else { return nil }
        idleWaits += 1
        if idleWaits > 20 { return .hangup }
        var waiting = [pollfd(fd: wakeUp ?? -1, events: Int16(POLLIN), revents: 0)]
        if poll(&waiting, 1, timeout < 0 ? 50 : min(timeout, 50)) > 0 {
            var bytes = [UInt8](repeating: 0, count: 16)
            _ = Glibc.read(waiting[0].fd, &bytes, bytes.count)
        }
        return nil
    }
}

/// A checkpoint store on a real file that counts its saves and can be made to fail as a full disk would.
final class CountingStore: ProgressStore {
    let real: CheckpointStore
    private let folder: String
    private(set) var saves: [Checkpoint] = []
    var failure: SaveFailure?

    init() {
        var template = Array("/tmp/omwizard-session-XXXXXX".utf8CString)
        folder = String(cString: mkdtemp(&template)!)
        real = CheckpointStore(path: folder + "/default.json")
    }

    deinit { _ = system("rm -rf '\(folder)'") }

    func save(_ checkpoint: Checkpoint) throws(SaveFailure) {
        if let failure { throw failure }
        try real.save(checkpoint)
        saves.append(checkpoint)
    }

    func setAsideDamaged(stamp: String) throws(SaveFailure) -> String { try real.setAsideDamaged(stamp: stamp) }
    func archive(stamp: String) throws(SaveFailure) -> String? { try real.archive(stamp: stamp) }
    func sweepTemporaryFiles() -> Int { real.sweepTemporaryFiles() }

    /// What the file holds now.
    var onDisk: Checkpoint? {
        if case .loaded(let checkpoint) = CheckpointStore(path: real.path).load() { return checkpoint }
        return nil
    }
}

/// The Genesys side: answers each work with `answer`, keeping the work and what the checkpoint's file held
/// at that moment.
final class FakeGenesys: GenesysWorkPerformer {
    private let seen = Mutex<[(GenesysWork, Checkpoint?)]>([])
    private let store: CountingStore
    private let answer: @Sendable (GenesysWork) -> Event

    init(store: CountingStore, answer: @escaping @Sendable (GenesysWork) -> Event) {
        self.store = store
        self.answer = answer
    }

    var works: [(GenesysWork, Checkpoint?)] { seen.withLock { $0 } }

    func perform(_ work: GenesysWork) async -> Event {
        let onDisk = store.onDisk
        seen.withLock { $0.append((work, onDisk)) }
        return answer(work)
    }
}

extension FakeGenesys: @unchecked Sendable {}
extension CountingStore: @unchecked Sendable {}

/// A practice org whose reset takes `seconds` and ends as `result` says.
final class SlowPractice: PracticeOrgControl {
    let seconds: Double
    let result: PracticeResetFailure?
    private let finished = Mutex<ContinuousClock.Instant?>(nil)

    init(seconds: Double, result: PracticeResetFailure?) {
        self.seconds = seconds
        self.result = result
    }

    var finishedAt: ContinuousClock.Instant? { finished.withLock { $0 } }

    func resetOrg() async -> PracticeResetFailure? {
        try? await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
        finished.withLock { $0 = .now }
        return result
    }
}

/// The session's loop, run for real with a scripted terminal: no pty, no network.
@Suite struct SessionTests {
    private func state(_ language: Language = .en) -> WizardState {
        WizardState(language: language, size: .minimum,
                    context: SessionContext(profile: "default", checkpointPath: "/tmp/x.json", summaryPath: "/tmp/x.md"))
    }

    private let noPractice = SlowPractice(seconds: 0, result: nil)

    private func typing(_ text: String) -> [TerminalInput] { text.map { .key(.character($0)) } }

    @Test func aBurstOfTypingIsSavedOnceTheKeyboardIsIdle() {
        var start = state()
        start.screen = .step(.queue)
        start.focus = 1
        let store = CountingStore()
        let terminal = ScriptedTerminal(typing("Ventas Señal"))
        let genesys = FakeGenesys(store: store) { _ in .tick }
        let ending = WizardSession(state: start, terminal: terminal, store: store, genesys: genesys, practice: noPractice).run()
        #expect(store.saves.count == 1, "twelve keys, one write")
        #expect(store.onDisk?.answers.queueName == "Ventas Señal" && ending.signal == nil)
        #expect(terminal.frames.count >= 12, "every key is drawn, though not saved one by one")
    }

    @Test func aCreateIsSentOnlyOnceItsIntentIsOnDisk() throws {
        var start = state()
        start.mode = .automatic(.real)
        start.genesys.connectedTo = "eu-west-1"
        (start.answers.queueName, start.answers.memberEmail) = ("Ventas", "ana@example.com")
        start.screen = .plan
        var survey = Survey()
        survey.userID = "user-1"
        start.genesys.survey = survey
        let store = CountingStore()
        let genesys = FakeGenesys(store: store) { _ in .genesysFailed(.timeout) }
        let terminal = ScriptedTerminal([.key(.enter)])
        let ending = WizardSession(state: start, terminal: terminal, store: store, genesys: genesys, practice: noPractice).run()
        let (work, onDisk) = try #require(genesys.works.first)
        guard case .apply(.queue, _, _) = work else {
            Issue.record("not the queue's create: \(work)")
            return
        }
        #expect(onDisk?.org.creating == .queue, "the intent was written before the create went out")
        #expect(ending.state.genesys.failure == .timeout && ending.state.genesys.failedStep == .queue)
    }

    @Test func aCreateWhoseIntentCannotBeSavedIsNeverSent() {
        var start = state()
        start.mode = .automatic(.real)
        start.genesys.connectedTo = "eu-west-1"
        start.screen = .plan
        var survey = Survey()
        survey.userID = "user-1"
        start.genesys.survey = survey
        let store = CountingStore()
        store.failure = .diskFull
        let genesys = FakeGenesys(store: store) { _ in .tick }
        let ending = WizardSession(state: start, terminal: ScriptedTerminal([.key(.enter)]), store: store, genesys: genesys,
                                   practice: noPractice).run()
        #expect(genesys.works.isEmpty)
        #expect(ending.state.genesys.failure == .progressNotSaved(.diskFull))
        #expect(ending.state.unsavedBecause == .diskFull)
    }

    @Test func aRemovalWhoseRecordCannotBeSavedIsNeverSent() {
        var start = state()
        start.mode = .automatic(.real)
        start.genesys.connectedTo = "eu-west-1"
        start.saved.org.queueID = "queue-1"
        start.saved.org.made = [.queue: "queue-1"]
        start.saved.statuses[.queue] = .done
        start.screen = .undo
        let store = CountingStore()
        store.failure = .diskFull
        let genesys = FakeGenesys(store: store) { _ in .tick }
        let ending = WizardSession(state: start, terminal: ScriptedTerminal([.key(.enter)]), store: store, genesys: genesys,
                                   practice: noPractice).run()
        #expect(genesys.works.isEmpty, "an undo whose progress is not on disk could not be finished after a stop")
        #expect(ending.state.genesys.failure == .progressNotSaved(.diskFull))
    }

    @Test(arguments: Language.allCases)
    func thePracticeOrgIsResetOffTheTerminalsThreadAndAFailureIsSaid(language: Language) throws {
        var start = state(language)
        start.mode = .automatic(.practice)
        start.answers.queueName = "Ventas"
        start.focus = 2
        let store = CountingStore()
        let practice = SlowPractice(seconds: 0.4, result: .refused(status: 500))
        let yes: Character = language == .es ? "s" : "y"
        let terminal = ScriptedTerminal([.key(.right), .key(.enter), .key(.character(yes)), .key(.function(1))])
        let ending = WizardSession(state: start, terminal: terminal, store: store, genesys: FakeGenesys(store: store) { _ in .tick },
                                   practice: practice).run()
        let helpTakenAt = try #require(terminal.taken.last?.1)
        let resetAt = try #require(practice.finishedAt)
        #expect(helpTakenAt < resetAt, "the keys went on while the practice org was being reset")
        #expect(ending.state.notice == .practiceOrgNotReset(.refused(status: 500)))
        #expect(ending.state.overlay == .help)
        let words = Texts.for(language).notices.notice(.practiceOrgNotReset(.refused(status: 500)))
        #expect(terminal.frames.contains { $0.text.contains(String(words.prefix(30))) }, "said on screen")
    }

    @Test func aSummaryWrittenOverAnEarlierOneSaysSo() {
        let store = CountingStore()
        var start = WizardState(language: .en, size: .minimum,
                                context: SessionContext(profile: "default", checkpointPath: store.real.path,
                                                        summaryPath: store.real.path + ".summary.md"))
        start.screen = .summary
        let terminal = ScriptedTerminal([.key(.character("w"))])
        var ending = WizardSession(state: start, terminal: terminal, store: store,
                                   genesys: FakeGenesys(store: store) { _ in .tick }, practice: noPractice).run()
        #expect(ending.state.notice == .summaryWritten(start.context.summaryPath, replaced: false))
        ending = WizardSession(state: start, terminal: ScriptedTerminal([.key(.character("W"))]), store: store,
                               genesys: FakeGenesys(store: store) { _ in .tick }, practice: noPractice).run()
        #expect(ending.state.notice == .summaryWritten(start.context.summaryPath, replaced: true))
        #expect(Texts.for(.en).notices.notice(ending.state.notice!).contains("in place of the one written before"))
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalToStopEndsTheRunWithWhatWasTypedSaved(signal: Int32) {
        var start = state()
        start.screen = .step(.queue)
        start.focus = 1
        let store = CountingStore()
        let terminal = ScriptedTerminal(typing("Soporte") + [.stopped(signal: signal)] + typing("never read"))
        let ending = WizardSession(state: start, terminal: terminal, store: store,
                                   genesys: FakeGenesys(store: store) { _ in .tick }, practice: noPractice).run()
        #expect(ending.signal == signal)
        #expect(store.onDisk?.answers.queueName == "Soporte")
        #expect(terminal.inputs.count == "never read".count, "nothing after the signal is taken")
    }
}
