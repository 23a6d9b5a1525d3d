import CheckpointStorage
import TerminalUI
import WizardCore
import WizardUI

/// The service layer of a full-screen run: feeds terminal input to `reduce`, paints each new state, and
/// carries out the effects, whose results go back in as events.
final class WizardSession {
    private var state: WizardState
    private let terminal: Terminal
    private let store: CheckpointStore

    init(state: WizardState, terminal: Terminal, store: CheckpointStore) {
        self.state = state
        self.terminal = terminal
        self.store = store
    }

    /// Runs until the user quits or the terminal goes away; returns the last state.
    func run() -> WizardState {
        dispatch(.resized(terminal.size))
        while !state.hasQuit {
            switch terminal.read() {
            case .key(let key): dispatch(.key(key))
            case .resized(let size): dispatch(.resized(size))
            case .hangup: return state
            }
        }
        return state
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

    /// Carries out one effect; returns the event that reports its result, if it has one.
    private func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .save(let checkpoint):
            do {
                try store.save(checkpoint)
                return state.unsavedBecause == nil ? nil : .checkpointSaved
            } catch {
                return .checkpointSaveFailed(error)
            }
        case .generateSecretToken:
            return .secretTokenGenerated(SecretToken.generate())
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
            return nil
        case .writeSummary(let markdown, let path):
            do {
                try TextFileWriter.write(markdown, to: path)
                return .summaryWritten(path: path)
            } catch {
                return .summaryWriteFailed(path: path, error)
            }
        case .setAsideDamagedCheckpoint:
            do {
                _ = try store.setAsideDamaged(stamp: Environment.timestamp)
                return nil
            } catch {
                return .checkpointSaveFailed(error)
            }
        case .quit:
            return nil
        }
    }
}

/// A random webhook signature token, well past Genesys's 15-character minimum.
enum SecretToken {
    static let length = 32
    private static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
