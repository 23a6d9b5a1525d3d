extension Transition {
    mutating func handleOverlay(_ overlay: Overlay, _ key: Key) {
        switch overlay {
        case .help:
            if [.escape, .enter, .function(1), .character("?"), .character("q")].contains(key) { state.overlay = nil }
            if key == .control("c") { state.overlay = .confirmQuit }
        case .confirmQuit:
            if key.isYes || key == .control("c") {
                quit()
            } else if key.isNo || key == .enter {
                state.overlay = nil
            }
        case .confirmStartOver:
            if key.isYes {
                startOver()
            } else if key.isNo || key == .enter || key == .control("c") {
                state.overlay = nil
            }
        case .damagedCheckpoint(let damaged):
            handleDamagedCheckpoint(damaged, key)
        case .picker(let picker):
            handlePicker(picker, key)
        }
    }

    /// The file stays untouched until the user picks the backup or a fresh start; leaving touches nothing.
    private mutating func handleDamagedCheckpoint(_ damaged: DamagedCheckpoint, _ key: Key) {
        switch key {
        // B (backup) or R (recuperar).
        case .character("b"), .character("B"), .character("r"), .character("R"):
            guard let backup = damaged.backup else { return }
            state.restore(backup, keepLanguage: true)
            state.overlay = nil
            state.notice = .backupRestored
            effects += [.setAsideDamagedCheckpoint, .save(state.saved)]
        // F (fresh) or C (de cero); never N, which means "no, stay" in every other question.
        case .character("f"), .character("F"), .character("c"), .character("C"):
            state.overlay = nil
            state.notice = .startedOver(nil)
            effects += [.setAsideDamagedCheckpoint, .save(state.saved)]
        case .character("q"), .character("Q"), .escape, .control("c"):
            quit()
        default:
            return
        }
    }

    private mutating func startOver() {
        state.forgetProgress()
        state.overlay = nil
        // The copy comes first: the save that follows replaces the checkpoint (and its rolling .bak).
        effects.append(.archiveCheckpoint)
        // A demonstration starts again from the same org, not from what the last one made.
        if state.mode.isPractice { effects.append(.resetPracticeOrg) }
        enterThroughConnection(state.resumeScreen)
        state.notice = .startedOver(nil)
    }
}

extension Key {
    /// "y" in English, "s" (sí) in Spanish: both accepted whatever the language.
    var isYes: Bool { [.character("y"), .character("Y"), .character("s"), .character("S")].contains(self) }
    var isNo: Bool { [.character("n"), .character("N"), .escape].contains(self) }
}
