/// The undo's screen, reached from the summary: the plan first, then one removal at a time, each saved
/// before it is sent and after it is answered.
extension Transition {
    /// Enter on the undo's screen: starts or takes up the removals (modes that use the API), records what
    /// the admin removed by hand (Guided), or, once undone, starts again from the welcome screen.
    mutating func advanceUndo() {
        if state.saved.undo?.finished == true {
            state.resumeChoice = 0
            enter(.welcome)
        } else if state.mode.usesGenesys {
            state.saved.beginUndo()
            runUndo()
        } else {
            state.saved.finishUndo()
        }
    }

    /// Sends the next removal, or finishes the undo when none is left.
    mutating func runUndo() {
        guard state.saved.undo?.finished == false else { return }
        guard let removal = state.saved.undo?.next else {
            state.saved.finishUndo()
            state.genesys.phase = .idle
            return
        }
        state.saved.noteRemovalSent(removal)
        state.genesys.phase = .working(.removing(removal))
        effects += [.save(state.saved), .genesys(.remove(removal))]
    }

    mutating func recordRemoval(_ removal: Removal, _ result: RemovalResult) {
        state.saved.noteRemoved(removal, result)
        state.genesys.phase = .idle
        runUndo()
    }
}
