import ArgumentParser
import WizardCore
import WizardServices

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "Removes what the saved setup made in the org, last first, and starts the setup again from step 2.",
        discussion: """
            Only objects this setup recorded as made are removed: a test conversation left open, the route's \
            flow (back to the one it had), the integration, the flow, the member it added, the queue. What it \
            reused or you made by hand is kept and listed. Each removal is saved before and after it is sent: \
            if the command stops, running it again finishes the rest. In Guided mode it says where to click.
            Exit status: 0 undone (or told no); 1 a removal failed (run it again to retry it, or with \
            --keep-failed to go on without that object); 2 bad input, or no terminal to ask and no --yes.
            """
    )

    @OptionGroup var options: CheckpointOptions

    @Flag(help: "Goes ahead without asking (where there is no terminal to ask).")
    var yes = false

    @Flag(help: "Keeps an object whose removal fails, and goes on with the others.")
    var keepFailed = false

    @OptionGroup var faults: PracticeFaultOptions

    func run() throws {
        let setup = try SavedSetup.open(options, practiceFaults: faults.practiceFault)
        defer { setup.practice.stop() }
        let texts = setup.texts
        let saved = setup.session.state.saved
        if saved.isUndone {
            print(texts.undo.undoneNote)
            return
        }
        guard saved.mode.usesGenesys else {
            try byHand(setup)
            return
        }
        let plan = UndoPlan.of(saved)
        let removals = saved.isUndoing ? saved.undo?.removals ?? [] : plan.removals
        print(texts.undo.title + ": " + texts.undo.intro)
        for removal in removals { print("· " + texts.undo.removal(removal)) }
        if removals.isEmpty { print(texts.undo.nothingToRemove) }
        for kept in plan.kept { print(texts.undo.kept(kept, saved.answers)) }
        let question = removals.isEmpty ? texts.undo.confirmRecordOnly : texts.undo.confirm(removals.count)
        guard try setup.confirmed(question, yes: yes) else {
            print(texts.undo.cancelled)
            return
        }
        try setup.connect(then: .undo)
        var printed = setup.session.state.saved.undo.map { $0.finished ? 0 : $0.results.count } ?? 0
        let printNewResults = { (state: WizardState) in
            guard let undo = state.saved.currentUndo else { return }
            while printed < undo.results.count {
                print(texts.undo.result(undo.removals[printed], undo.results[printed]))
                printed += 1
            }
        }
        // The undo screen's Enter starts it; after a failure, its K keeps that object and goes on.
        setup.session.dispatch(.key(.enter), onEachEvent: printNewResults)
        while keepFailed, setup.session.state.canKeepFailedRemoval, let failure = setup.session.state.genesys.failure {
            Environment.printError("✗ " + texts.genesys.failure(failure))
            setup.session.dispatch(.key(.character(Character(KeyCommand.keep.name(.en)))), onEachEvent: printNewResults)
        }
        if setup.session.state.genesys.failure != nil { Environment.printError(texts.undo.failedHint) }
        try setup.stopOnProblem()
        if setup.session.state.saved.isUndone { print(texts.undo.finished) }
    }

    /// Guided mode: where to click, in order; once the admin says they removed it all, the setup is recorded
    /// as undone.
    private func byHand(_ setup: SavedSetup) throws {
        let texts = setup.texts
        let state = setup.session.state
        print(texts.undo.title + ": " + texts.undo.introByHand)
        let steps = UndoPlan.byHand(state.saved)
        if steps.isEmpty { print(texts.undo.nothingToRemove) }
        for (index, step) in steps.enumerated() { print("\(index + 1). " + texts.undo.byHand(step, state.answers)) }
        let question = steps.isEmpty ? texts.undo.confirmRecordOnly : texts.undo.confirmByHand
        guard try setup.confirmed(question, yes: yes) else {
            print(texts.undo.cancelled)
            return
        }
        // The undo screen's Enter records it, as in the full screen.
        setup.session.state.screen = .undo
        setup.session.dispatch(.key(.enter))
        try setup.stopOnProblem()
        print(texts.undo.finished)
    }
}
