extension Transition {
    mutating func handleOverlay(_ overlay: Overlay, _ key: Key) {
        switch overlay {
        case .help:
            if [.escape, .enter, .character("?")].contains(key) || KeyCommand.help.matches(key) || KeyCommand.quit.matches(key) {
                state.overlay = nil
            }
            if key == .control("c") { state.overlay = .confirmQuit }
        case .confirmQuit:
            if KeyCommand.yes.matches(key) || key == .control("c") {
                quit()
            } else if KeyCommand.no.matches(key) || key == .escape || key == .enter {
                state.overlay = nil
            }
        case .confirmStartOver:
            if KeyCommand.yes.matches(key) {
                startOver()
            } else if KeyCommand.no.matches(key) || key == .escape || key == .enter || key == .control("c") {
                state.overlay = nil
            }
        case .confirmStopUndo:
            if KeyCommand.yes.matches(key) {
                stopUndo()
            } else if KeyCommand.no.matches(key) || key == .escape || key == .enter || key == .control("c") {
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
        case _ where KeyCommand.useBackup.matches(key):
            guard let backup = damaged.backup else { return }
            state.restore(backup, keepLanguage: true)
            state.overlay = nil
            state.notice = .backupRestored
            effects += [.setAsideDamagedCheckpoint, .save(state.saved)]
        // Never N, which means "no, stay" in every other question.
        case _ where KeyCommand.startFresh.matches(key):
            state.overlay = nil
            state.notice = .startedOver(nil)
            effects += [.setAsideDamagedCheckpoint, .save(state.saved)]
        case .escape, .control("c"), _ where KeyCommand.quit.matches(key):
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
