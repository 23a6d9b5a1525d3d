/// The undo's screen, reached from the summary: the plan first, then one removal at a time, each saved
/// before it is sent and after it is answered.
extension Transition {
    /// Enter on the undo's screen: starts or takes up the removals (modes that use the API), records what
    /// the admin removed by hand (Guided), or, once undone, starts again from the welcome screen.
    mutating func advanceUndo() {
        if state.saved.isUndone {
            startAgainAfterUndo()
        } else if state.mode.usesGenesys {
            state.saved.beginUndo()
            runUndo()
        } else {
            state.saved.finishUndo()
        }
    }

    /// Esc on the undo's screen: back to the summary before it starts; once it has started, a question
    /// (stopping keeps what is left); once undone, the welcome screen, where a new run starts.
    mutating func leaveUndo() {
        if state.saved.isUndone {
            startAgainAfterUndo()
        } else if state.saved.isUndoing {
            state.overlay = .confirmStopUndo
        } else {
            enter(.summary)
        }
    }

    /// The welcome screen, whose resume leads to step 2.
    private mutating func startAgainAfterUndo() {
        state.resumeChoice = 0
        enter(.welcome)
    }

    /// Sends the next removal, or finishes the undo when none is left.
    mutating func runUndo() {
        guard state.saved.isUndoing else { return }
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

    /// K after a removal failed: that object is kept (a permission the role lacks, a flow to put back that
    /// is gone) and the undo goes on with the next.
    mutating func keepFailedRemoval() {
        guard let removal = state.saved.undo?.next else { return }
        recordRemoval(removal, .keptChanged(.keptByChoice))
    }

    /// Yes to stopping an undo under way: what is left is kept, and the setup starts again from step 2.
    mutating func stopUndo() {
        state.overlay = nil
        state.genesys.phase = .idle
        state.saved.stopUndo()
    }
}

extension WizardState {
    /// Whether K (keep it and go on) is offered: on the undo's screen, after a removal failed.
    public var canKeepFailedRemoval: Bool {
        screen == .undo && genesys.failure != nil && saved.isUndoing
    }
}
