/// The test message's screen: a message sent through the route as a customer would, followed to a queue.
extension Transition {
    /// Sends the message on screen, once its text is right and the setup has an integration and a queue.
    mutating func sendTestMessage() {
        guard validateFields() else { return }
        let texts = Texts.for(state.language).testMessage
        guard var request = state.saved.testMessageRequest(text: state.answers.testMessageText, nickname: texts.nickname) else {
            let missing: Finding = state.org.integrationID == nil
                ? .integrationMissing(state.answers.integrationName) : .queueMissing(state.answers.queueName)
            state.genesys.phase = .failed(.blocked(missing), step: nil)
            return
        }
        if let seconds = state.testMessageWaitSeconds { request.deadlineSeconds = seconds }
        state.genesys.phase = .working(.sendingTestMessage)
        effects.append(.genesys(.sendTestMessage(request)))
    }

    /// Its conversation's id is saved before it is followed: a run stopped meanwhile ends it next time.
    mutating func followTestMessage(_ request: TestMessageRequest, conversationID: String) {
        state.saved.testMessage = TestMessageRecord(conversationID: conversationID)
        state.genesys.phase = .working(.followingTestMessage(deadlineSeconds: request.deadlineSeconds))
        var following = request
        following.leftOver = nil
        effects += [.save(state.saved), .genesys(.followTestMessage(following, conversationID: conversationID))]
    }

    /// A test conversation left open is over: nothing is left to end, and it found nothing to say.
    mutating func forgetTestConversation(_ conversationID: String) {
        if let open = state.saved.testMessage, open.conversationID == conversationID, open.outcome == nil {
            state.saved.testMessage = nil
        }
    }

    mutating func recordTestMessage(_ conversationID: String, _ outcome: TestMessageOutcome) {
        state.saved.testMessage = TestMessageRecord(conversationID: conversationID, outcome: outcome)
        state.genesys.phase = .tested(outcome)
    }
}

extension WizardState {
    /// Whether the test message's screen shows what the message just sent found (Enter then goes on).
    public var hasTestResult: Bool {
        if screen == .testMessage, case .tested = genesys.phase { return true }
        return false
    }
}
