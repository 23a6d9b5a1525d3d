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

extension UndoTexts {
    static let english = UndoTexts(
        title: "Undo this setup",
        intro: "Removes what this setup made, last first. What it reused, and what you made by hand, stays.",
        introByHand: "You made these in Genesys Cloud: remove them there, in this order. The wizard then starts again from step 2.",
        removal: { removal in "Remove " + englishObject(removal) },
        result: { removal, result in
            switch result {
            case .removed: return "✓ Removed " + englishObject(removal)
            case .alreadyGone: return "✓ Already gone: " + englishObject(removal)
            case .keptChanged(let change):
                let why = switch change {
                case .renamed(let name): "renamed since, to \(quotedEN(name))"
                case .hasOtherMembers(let count): "it has \(count) member(s) this setup did not add"
                case .routeMoved(let flow): "it now starts the flow \(quotedEN(flow))"
                case .inUse: "Genesys says another object uses it"
                case .routeKept: "Genesys kept its flow; take it off by hand in Message Routing"
                }
                return "• Kept " + englishObject(removal) + ": " + why
            }
        },
        kept: { kept, answers in
            let why = kept.reason == .reused ? "it existed before this setup" : "made by hand: yours to remove"
            return "• Kept " + englishStep(kept.step, answers) + " (\(why))"
        },
        byHand: { step, answers in
            switch step {
            case .route:
                return "The route of \(quotedEN(answers.integrationName)): Menu › Orchestration › Routing › Message Routing › its flow \(quotedEN(answers.flowName)) › remove the address"
            case .integration:
                return "The integration \(quotedEN(answers.integrationName)): Admin › Message › Platforms › select it › Delete (its route goes with it)"
            case .flow:
                return "The flow \(quotedEN(answers.flowName)): Admin › Architect › Inbound Message › select it › Delete"
            case .member:
                return "\(answers.memberEmail) in \(quotedEN(answers.queueName)): Admin › Contact Center › Queues › \(quotedEN(answers.queueName)) › Members › Remove"
            case .queue:
                return "The queue \(quotedEN(answers.queueName)): Admin › Contact Center › Queues › select it › Delete"
            case .prerequisites, .salesforce:
                return ""
            }
        },
        nothingToRemove: "This setup made nothing that is still recorded: there is nothing to remove.",
        finished: "Undone. A new run starts from step 2; your answers are kept.",
        undoneNote: "This setup was undone: resuming starts again from step 2, with your answers.",
        keysReady: "Enter Remove them · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysByHand: "Enter I removed them · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysFailed: "\(key(.retry)) Retry · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysFinished: "Enter Start again · Ctrl-C Quit",
        help: "Each removal is saved before it is sent and after it is answered: if the wizard stops, running it again finishes the rest, and an object already gone counts as removed. An object renamed or changed since is kept and said so.",
        confirm: { count in "Remove these \(count) object(s) from the org? [y/N] " },
        needsYes: "No terminal to ask: add --yes to remove them.",
        confirmByHand: "Once you have removed them, the wizard can start again from step 2. Record the setup as undone now? [y/N] ",
        needsConnection: "Guided mode has no connection to the org: the wizard only says where to click.",
        needsSecret: "Set GENESYSCLOUD_OAUTHCLIENT_SECRET (the OAuth client's secret, never saved) to reach the org.",
        cancelled: "Nothing was changed."
    )
}

/// The object a removal takes out, as a sentence names it.
private func englishObject(_ removal: Removal) -> String {
    switch removal {
    case .route(_, _, let restore):
        return restore == nil ? "the message route's flow" : "the message route's flow (back to the one it had)"
    case .integration(_, let name): return "the integration \(quotedEN(name))"
    case .flow(_, let name): return "the flow \(quotedEN(name))"
    case .member(_, _, let email): return "\(email) from the queue"
    case .queue(_, let name): return "the queue \(quotedEN(name))"
    }
}

private func englishStep(_ step: StepID, _ answers: Answers) -> String {
    switch step {
    case .queue: "the queue \(quotedEN(answers.queueName))"
    case .member: "\(answers.memberEmail) in the queue"
    case .flow: "the flow \(quotedEN(answers.flowName))"
    case .integration: "the integration \(quotedEN(answers.integrationName))"
    case .route: "the message route"
    case .prerequisites, .salesforce: ""
    }
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.en) }
