import CheckpointStorage
import TerminalUI
import WizardCore
import WizardServices
import WizardUI

/// The service layer of a full-screen run: feeds terminal input to `reduce`, paints each new state, and
/// carries out the effects, whose results go back in as events. Everything it talks to is a protocol, so
/// that tests run its loop with a scripted terminal and no pty.
final class WizardSession {
    private var state: WizardState
    private let terminal: TerminalDevice
    private let store: ProgressStore
    /// The newest checkpoint not yet written. Saving waits until no key is pending, so that a burst of
    /// typing costs one fsync rather than one per key, and the echo never waits for the disk.
    private var unsavedCheckpoint: Checkpoint?
    private let genesys: GenesysWorkPerformer
    private let practice: PracticeOrgControl
    private let background = BackgroundWork()

    init(state: WizardState, terminal: TerminalDevice, store: ProgressStore, genesys: GenesysWorkPerformer,
         practice: PracticeOrgControl) {
        self.state = state
        self.terminal = terminal
        self.store = store
        self.genesys = genesys
        self.practice = practice
    }

    /// How a run ended: its last state, and the signal that stopped it, if one did.
    struct Ending {
        var state: WizardState
        var signal: Int32?
    }

    /// How often the progress indicator moves while Genesys Cloud works.
    private static let tickMilliseconds: Int32 = 120

    /// Runs until the user quits, the terminal goes away or a signal says to stop; the progress is saved.
    func run() -> Ending {
        dispatch(.resized(terminal.size))
        // After the first frame, which does not need it, and before any save.
        store.sweepTemporaryFiles()
        var signal: Int32?
        reading: while !state.hasQuit {
            let working = background.isBusy
            let timeout: Int32 = working ? Self.tickMilliseconds : (unsavedCheckpoint == nil ? -1 : 0)
            switch terminal.read(timeout: timeout, wakeUp: working ? background.wakeUp : nil) {
            case .key(let key)?:
                if case .character(let character) = key { terminal.echo(character) }
                dispatch(.key(key))
            case .resized(let size)?: dispatch(.resized(size))
            case .paste(let text)?: dispatch(.pasted(text))
            case .hangup?: break reading
            case .stopped(let received)?:
                signal = received
                break reading
            case nil:
                saveNow()
                if working { dispatch(.tick) }
            }
            for event in background.takeFinished() { dispatch(event) }
        }
        saveNow()
        return Ending(state: state, signal: signal)
    }

    private func dispatch(_ first: Event) {
        var pending = [first]
        while !pending.isEmpty {
            let event = pending.removeFirst()
            let (next, effects) = reduce(state, event)
            state = next
            terminal.paint(Renderer.render(state))
            pending += effects.compactMap(perform)
        }
    }

    /// Writes the waiting checkpoint, if any; returns why it failed, if it did.
    @discardableResult
    private func saveNow() -> SaveFailure? {
        guard let checkpoint = unsavedCheckpoint else { return nil }
        unsavedCheckpoint = nil
        do {
            try store.save(checkpoint)
            if state.unsavedBecause != nil { dispatch(.checkpointSaved) }
            return nil
        } catch {
            dispatch(.checkpointSaveFailed(error))
            return error
        }
    }

    /// Carries out one effect; returns the event that reports its result, if it has one.
    private func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .save(let checkpoint):
            unsavedCheckpoint = checkpoint
            return nil
        case .generateSecretToken:
            return .secretTokenGenerated(SecretToken.generate())
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
            return nil
        case .writeSummary(let markdown, let path):
            return EffectFiles.writeSummary(markdown, to: path)
        case .setAsideDamagedCheckpoint:
            return EffectFiles.setAsideDamaged(store)
        case .archiveCheckpoint:
            // The copy must hold the newest progress, so a save still waiting for idle goes first.
            saveNow()
            return EffectFiles.archive(store)
        case .genesys(let work):
            // A create goes out only once its intent is on disk: otherwise a run stopped meanwhile could not
            // know to look for what it made (the same for a removal and a test conversation).
            if work.needsSavedProgress, let failure = saveNow() { return .genesysFailed(.progressNotSaved(failure)) }
            background.start { [genesys] in await genesys.perform(work) }
            return nil
        case .resetPracticeOrg:
            // Off the terminal's thread: the practice org may take seconds to answer, or not answer at all.
            background.start { [practice] in .practiceOrgReset(failure: await practice.resetOrg()) }
            return nil
        case .quit:
            return nil
        }
    }
}
