extension TestMessageTexts {
    static let english = TestMessageTexts(
        title: "Test message",
        intro: "Sends a message through the integration as a customer would, follows it to its queue, then ends the test conversation so that no agent has to answer it.",
        fieldLabel: "Message",
        suggestedText: "A test from omwizard: please ignore this message.",
        nickname: "omwizard test (not a customer)",
        sending: "Sending the test message…",
        following: { seconds in "Waiting for the conversation to reach a queue (up to \(seconds) s)…" },
        outcome: { outcome, answers in
            switch outcome {
            case .reachedQueue(let queue):
                return "✓ The message reached the queue \(quotedEN(queue)), where \(answers.memberEmail) is a member: customers' messages will too."
            case .noConversation:
                return "✗ No conversation was made: the integration or its message route takes messages nowhere. Check step 6 (the route starts the flow \(quotedEN(answers.flowName)))."
            case .neverReachedAQueue:
                return "✗ The conversation never reached a queue: the flow \(quotedEN(answers.flowName)) does not transfer it. Check its Transfer to ACD action (step 4)."
            case .otherQueue(let queue):
                return "✗ The message went to the queue \(quotedEN(queue)), not \(quotedEN(answers.queueName)): the flow transfers elsewhere. Point its Transfer to ACD at \(quotedEN(answers.queueName)) and publish it again (step 4)."
            case .noMember(let queue, let email):
                return "✗ The message reached the queue \(quotedEN(queue)), but \(email) is not a member of it: nobody of this setup would receive it. Add them (step 3)."
            }
        },
        conversation: { id in "Test conversation \(id) (ended)." },
        notReady: "There is nothing to test yet: the integration and the queue are made in steps 2 to 6.",
        needsConnection: "Guided mode has no connection to the org: the test message needs Verify, Automatic or Practice.",
        keysReady: "Enter Send · \(key(.skipTest)) Go on without it · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysResult: "Enter Go on · \(key(.sendAgain)) Send again · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        help: "The message goes through POST /api/v2/conversations/messages/{integrationId}/inbound/open/message, as the Salesforce package sends customers' messages (the OAuth client needs conversation:message:receive). The wizard then reads the conversation until it is in a queue, checks that queue and its member, and disconnects the test conversation.",
        summaryLine: { record in
            switch record.outcome {
            case nil: return "test message sent, not followed to the end (conversation \(record.conversationID))"
            case .reachedQueue?: return "test message reached the queue (conversation \(record.conversationID))"
            case .some: return "test message did not reach the queue (conversation \(record.conversationID))"
            }
        }
    )
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.en) }
