import CheckpointStorage
import GenesysSetup
import Glibc
import WizardCore

/// The service layer of a command that runs the wizard's work without the full screen (`omwizard
/// test-message`, `omwizard undo`, `omwizard apply`): the same `reduce`, the same effects and the same checkpoint as the
/// wizard, waited for one at a time, with a callback after every event so that the command can print what
/// changed.
public final class LineSession {
    /// The state the next event goes to; a command may set it up first (the screen it runs).
    public var state: WizardState
    /// Where the progress is saved; a command may start with one that writes nothing (a plan not yet
    /// agreed to) and give the real one once it may change things.
    public var store: ProgressStore
    private let genesys: GenesysWorkPerformer
    private let background = BackgroundWork()

    /// The progress's own language, which `--lang` changes for the command's words only.
    private let savedLanguage: Language

    public init(state: WizardState, savedLanguage: Language, store: ProgressStore, genesys: GenesysWorkPerformer) {
        self.state = state
        self.savedLanguage = savedLanguage
        self.store = store
        self.genesys = genesys
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
            for effect in effects {
                switch effect {
                case .save(var checkpoint):
                    checkpoint.language = savedLanguage
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
                        pending.append(wait { [genesys] in await genesys.perform(work) })
                    }
                case .generateSecretToken:
                    pending.append(.secretTokenGenerated(SecretToken.generate()))
                case .copyToClipboard, .writeSummary, .setAsideDamagedCheckpoint, .archiveCheckpoint, .resetPracticeOrg, .quit:
                    // Not asked by the screens these commands run.
                    break
                }
            }
        }
    }

    /// Carries out one piece of Genesys work outside the reducer and returns its event: for a command that
    /// reads the org itself (`apply`'s checks at the end), without moving the wizard's screens.
    public func perform(_ work: GenesysWork) -> Event {
        wait { [genesys] in await genesys.perform(work) }
    }

    /// Runs `work` off this thread and waits for its event.
    private func wait(_ work: @escaping @Sendable () async -> Event) -> Event {
        background.start(work)
        var descriptor = pollfd(fd: background.wakeUp, events: Int16(POLLIN), revents: 0)
        while true {
            if let event = background.takeFinished().first { return event }
            _ = poll(&descriptor, 1, 1_000)
            var drained = [UInt8](repeating: 0, count: 16)
            _ = read(background.wakeUp, &drained, drained.count)
        }
    }
}
