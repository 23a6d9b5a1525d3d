import ArgumentParser
import WizardCore
import WizardServices

struct TestMessageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-message",
        abstract: "Sends a test message through the saved setup's route and says where it arrived.",
        discussion: """
            Sends an Open Messaging message as a customer would, follows its conversation until a queue takes \
            it, ends the conversation, and says in one sentence what it found. Verify, Automatic and Practice \
            setups only; the secret comes from GENESYSCLOUD_OAUTHCLIENT_SECRET.
            Exit status: 0 the message reached the setup's queue and member; 1 it did not, or a call failed; \
            2 nothing to test or bad input.
            """
    )

    @OptionGroup var options: CheckpointOptions

    @Option(help: "What the message says (default: the wizard's, in the setup's language).")
    var text: String?

    @Option(help: "How many seconds to wait for a queue to take the conversation (default: 60, 5 on the practice org).")
    var wait: Int?

    @OptionGroup var faults: PracticeFaultOptions

    func validate() throws {
        if let wait, !(1...600).contains(wait) { throw ValidationError("--wait takes 1 to 600 seconds.") }
    }


    func run() throws {
        let setup = try SavedSetup.open(options, practiceFaults: faults.practiceFault)
        defer { setup.practice.stop() }
        let texts = setup.texts
        guard setup.session.state.mode.usesGenesys else {
            Environment.printError(texts.testMessage.needsConnection)
            throw ExitCode(2)
        }
        try setup.connect(then: .testMessage)
        if let text { setup.session.state.answers.testMessageText = text }
        setup.session.state.testMessageWaitSeconds = wait
        var said: GenesysBusy?
        setup.session.dispatch(.key(.enter)) { state in
            // Each wait said once, as it starts.
            if let busy = state.genesys.busy, busy != said {
                print(texts.genesys.busy(busy, state.answers))
                said = busy
            }
        }
        if case .blocked? = setup.session.state.genesys.failure {
            Environment.printError(texts.testMessage.notReady)
            throw ExitCode(2)
        }
        try setup.stopOnProblem()
        let state = setup.session.state
        guard case .tested(let outcome) = state.genesys.phase, let record = state.saved.testMessage else { throw ExitCode(1) }
        print(texts.testMessage.outcome(outcome, state.answers))
        print(texts.testMessage.conversation(record.conversationID))
        if !outcome.succeeded { throw ExitCode(1) }
    }
}
