extension UndoTexts {
    static let english = UndoTexts(
        title: "Undo this setup",
        intro: "Removes what this setup made, last first. What it reused, and what you made by hand, stays.",
        introByHand: "You made these in Genesys Cloud: remove them there, in this order. The wizard then starts again from step 2.",
        removal: { removal in
            if case .testConversation = removal { return "End " + object(removal) }
            return "Remove " + object(removal)
        },
        result: { removal, result in
            switch result {
            case .removed:
                if case .testConversation = removal { return "✓ Ended " + object(removal) }
                return "✓ Removed " + object(removal)
            case .alreadyGone: return "✓ Already gone: " + object(removal)
            case .keptChanged(let change):
                let why = switch change {
                case .renamed(let name): "renamed since, to \(quotedEN(name))"
                case .hasOtherMembers(let count): "it has \(count) member(s) this setup did not add"
                case .routeMoved(let flow?): "it now starts the flow \(quotedEN(flow))"
                case .routeMoved(nil): "it starts no flow now"
                case .inUse: "Genesys says another object uses it"
                case .routeKept: "Genesys kept its flow; take it off by hand in Message Routing"
                case .keptByChoice: "you chose to keep it"
                }
                return "• Kept " + object(removal) + ": " + why
            }
        },
        kept: { kept, answers in
            let what = "• Kept " + step(kept.step, answers)
            switch kept.reason {
            case .reused: return what + " (it existed before this setup)"
            case .madeByHand: return what + " (made by hand; to remove it: " + whereToClick(kept.step, answers) + ")"
            case .notRecorded: return what + " (not recorded as made by this setup; remove it by hand if it should go)"
            }
        },
        byHand: { made, answers in "Remove " + step(made, answers) + ": " + whereToClick(made, answers) },
        nothingToRemove: "This setup made nothing that is still recorded: there is nothing to remove.",
        finished: "Undone. A new run starts from step 2; your answers are kept.",
        undoneNote: "This setup was undone: resuming starts again from step 2, with your answers.",
        keysReady: "Enter Remove them · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysByHand: "Enter I removed them · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysFailed: "\(key(.retry)) Retry · \(key(.keep)) Keep it and go on · Esc Stop · \(key(.help)) Help · Ctrl-C Quit",
        keysFinished: "Enter Start again · Ctrl-C Quit",
        stopTitle: "Stop the undo here?",
        stopBody: ["What was removed stays removed; the rest is kept in the org and listed.",
                   "The setup then starts again from step 2, with your answers."],
        stopKeys: "\(key(.yes)) stop here · \(key(.no)) go on with the undo",
        help: "Each removal is saved before it is sent and after it is answered: if the wizard stops, running it again finishes the rest, and an object already gone counts as removed. An object renamed or changed since is kept, and said so. After a failure, the removal can be tried again, or that object kept while the undo goes on.",
        confirm: { count in "Remove these \(count) object(s) from the org? [y/N] " },
        confirmByHand: "Once you have removed them, the wizard can start again from step 2. Record the setup as undone now? [y/N] ",
        confirmRecordOnly: "Nothing to remove here. Record the setup as undone, to start again from step 2? [y/N] ",
        needsYes: "No terminal to ask: add --yes to go ahead.",
        cancelled: "Nothing was changed.",
        failedHint: "Run omwizard undo again to retry it, or with --keep-failed to keep what cannot be removed and go on."
    )
}

/// What a removal takes out, as a sentence names it.
private func object(_ removal: Removal) -> String {
    switch removal {
    case .testConversation(let id): return "the test conversation \(id), left open"
    case .route(_, _, let restore):
        return restore == nil ? "the message route's flow" : "the message route's flow (back to the one it had)"
    case .integration(_, let name): return "the integration \(quotedEN(name))"
    case .flow(_, let name): return "the flow \(quotedEN(name))"
    case .member(_, _, let email): return "\(email) from the queue"
    case .queue(_, let name): return "the queue \(quotedEN(name))"
    }
}

/// What a step made, as a sentence names it.
private func step(_ step: StepID, _ answers: Answers) -> String {
    switch step {
    case .queue: "the queue \(quotedEN(answers.queueName))"
    case .member: "\(answers.memberEmail) in \(quotedEN(answers.queueName))"
    case .flow: "the flow \(quotedEN(answers.flowName))"
    case .integration: "the integration \(quotedEN(answers.integrationName))"
    case .route: "the route of \(quotedEN(answers.integrationName))"
    case .prerequisites, .salesforce: ""
    }
}

/// Where to click to remove what a step made; the menus are those the steps' instructions name.
private func whereToClick(_ step: StepID, _ answers: Answers) -> String {
    switch step {
    case .route:
        return "Menu › Orchestration › Routing › Message Routing › the flow \(quotedEN(answers.flowName)) › remove the address"
    case .integration: return "Admin › Message › Platforms › select it › Delete (its route goes with it)"
    case .flow: return "Admin › Architect › Inbound Message › select it › Delete"
    case .member: return "Admin › Contact Center › Queues › \(quotedEN(answers.queueName)) › Members › Remove"
    case .queue: return "Admin › Contact Center › Queues › select it › Delete"
    case .prerequisites, .salesforce: return ""
    }
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.en) }
