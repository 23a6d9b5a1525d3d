import CheckpointStorage
import GenesysSetup
import Glibc
import WizardCore

/// The service layer of everything that runs the wizard without the full screen (the line mode, `omwizard
/// test-message`, `omwizard undo`, `omwizard apply`): the same `reduce`, the same effects and the same
/// checkpoint as the wizard, waited for one at a time, with a callback after every event so that the caller
/// can say what changed.
public final class LineSession {
    /// The state the next event goes to; a command may set it up first (the screen it runs).
    public var state: WizardState
    /// Where the progress is saved; a command may start with one that writes nothing (a plan not yet
    /// agreed to) and give the real one once it may change things.
    public var store: ProgressStore
    /// Called about once a second while Genesys Cloud (or the practice org) works: the caller times the work
    /// as it sees it, which may take more than one call.
    public var whileWaiting: () -> Void = {}
    /// Checked while waiting: true stops the events of this dispatch (a signal asked to stop). What was sent
    /// is not undone; its intent is saved, so the next run finds what it made.
    public var shouldStop: () -> Bool = { false }
    /// Shows a value asked to be copied (the line mode prints it); nil ignores the ask.
    public var showCopy: ((String) -> Void)?
    private let genesys: GenesysWorkPerformer
    private let practice: PracticeOrgControl?
    private let background = BackgroundWork()

    /// The progress's own language, which `--lang` changes for a command's words only; nil when the
    /// session's language is the progress's (the line mode, where the user chooses it).
    private let savedLanguage: Language?

    public init(state: WizardState, savedLanguage: Language?, store: ProgressStore, genesys: GenesysWorkPerformer,
                practice: PracticeOrgControl? = nil) {
        self.state = state
        self.savedLanguage = savedLanguage
        self.store = store
        self.genesys = genesys
        self.practice = practice
    }

    /// Feeds `event`, then the events of its effects, until no work is left. Work that needs the progress
    /// saved first does not go out after a save that failed, as in the full screen.
    public func dispatch(_ first: Event, onEachEvent: (WizardState) -> Void = { _ in }) {
        var pending = [first]
        while !pending.isEmpty {
            let (next, effects) = reduce(state, pending.removeFirst())
            state = next
            onEachEvent(state)
            var failedSave = state.unsavedBecause
            // What waits (a call, the practice org's reset) goes last: the event's saves are then on disk before
            // the wait, as the full screen writes them when idle, and a stop during the wait loses none of them.
            for effect in effects.filter({ !$0.waits }) + effects.filter(\.waits) {
                switch effect {
                case .save(var checkpoint):
                    if let savedLanguage { checkpoint.language = savedLanguage }
                    do {
                        try store.save(checkpoint)
                        // A save that works again clears what the one before said.
                        if failedSave != nil { pending.append(.checkpointSaved) }
                        failedSave = nil
                    } catch {
                        failedSave = error
                        pending.append(.checkpointSaveFailed(error))
                    }
                case .genesys(let work):
                    if work.needsSavedProgress, let failedSave {
                        pending.append(.genesysFailed(.progressNotSaved(failedSave)))
                    } else {
                        guard let event = wait({ [genesys] in await genesys.perform(work) }) else { return }
                        pending.append(event)
                    }
                case .generateSecretToken:
                    pending.append(.secretTokenGenerated(SecretToken.generate()))
                case .copyToClipboard(let text):
                    showCopy?(text)
                case .writeSummary(let markdown, let path):
                    pending.append(EffectFiles.writeSummary(markdown, to: path))
                case .setAsideDamagedCheckpoint:
                    pending.append(EffectFiles.setAsideDamaged(store))
                case .archiveCheckpoint:
                    if let event = EffectFiles.archive(store) { pending.append(event) }
                case .resetPracticeOrg:
                    guard let practice else { break }
                    guard let event = wait({ .practiceOrgReset(failure: await practice.resetOrg()) }) else { return }
                    pending.append(event)
                case .quit:
                    break
                }
            }
        }
    }

    /// Carries out one piece of Genesys work outside the reducer and returns its event: for a command that
    /// reads the org itself (`apply`'s checks at the end), without moving the wizard's screens. A stop asked
    /// meanwhile (`shouldStop`, which apply never sets) reads as a call that got no answer in time.
    public func perform(_ work: GenesysWork) -> Event {
        wait { [genesys] in await genesys.perform(work) } ?? .genesysFailed(.timeout)
    }

    /// Runs `work` off this thread and waits for its event; nil when `shouldStop` said to stop first.
    private func wait(_ work: @escaping @Sendable () async -> Event) -> Event? {
        background.start(work)
        var descriptor = pollfd(fd: background.wakeUp, events: Int16(POLLIN), revents: 0)
        while true {
            if let event = background.takeFinished().first { return event }
            if shouldStop() { return nil }
            if poll(&descriptor, 1, 1_000) == 0 { whileWaiting() }
            var drained = [UInt8](repeating: 0, count: 16)
            _ = read(background.wakeUp, &drained, drained.count)
        }
    }
}

extension Effect {
    /// Whether carrying it out waits for something outside the program.
    var waits: Bool {
        switch self {
        case .genesys, .resetPracticeOrg: return true
        case .save, .generateSecretToken, .copyToClipboard, .writeSummary, .setAsideDamagedCheckpoint, .archiveCheckpoint, .quit:
            return false
        }
    }
}
