/// One object an undo takes out of the org, with what it needs to tell whether it is still as this setup
/// left it (its name) and to put the route back.
public enum Removal: Codable, Hashable, Sendable {
    /// The route goes back to the flow it started before (`restoreFlowID`), or to none.
    case route(recipientID: String, flowID: String, restoreFlowID: String?)
    case integration(id: String, name: String)
    case flow(id: String, name: String)
    case member(userID: String, queueID: String, email: String)
    case queue(id: String, name: String)

    public var step: StepID {
        switch self {
        case .route: .route
        case .integration: .integration
        case .flow: .flow
        case .member: .member
        case .queue: .queue
        }
    }
}

/// How one removal ended.
public enum RemovalResult: Codable, Equatable, Sendable {
    case removed
    /// Not there any more: the undo's work is done for it all the same.
    case alreadyGone
    /// Changed since the setup made it (renamed, given members, bound to another flow, used by another
    /// object): kept, and why.
    case keptChanged(KeptChange)
}

/// What about an object the setup made shows that someone changed it since, so that the undo keeps it.
public enum KeptChange: Codable, Equatable, Sendable {
    /// Its name is no longer the one the setup gave it.
    case renamed(to: String)
    /// A queue with members the setup did not add.
    case hasOtherMembers(Int)
    /// A route that now starts another flow than the setup's.
    case routeMoved(toFlow: String)
    /// Genesys refuses to delete it while another object uses it.
    case inUse
    /// Genesys kept the route's flow after it was asked to take it off.
    case routeKept
}

/// An object of the setup that the undo leaves in the org, and why.
public struct KeptObject: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// It existed before the setup, which only used it.
        case reused
        /// The admin made it by hand (Guided, Verify, or a step left to them): theirs to remove.
        case madeByHand
    }

    public var step: StepID
    public var reason: Reason
}

/// What an undo will do: the objects this setup made, in the reverse order of the steps, and those it keeps.
public struct UndoPlan: Equatable, Sendable {
    public var removals: [Removal]
    public var kept: [KeptObject]

    /// Read from the checkpoint's record of what this setup made. A route whose integration is removed goes
    /// with it; nothing else is ever removed that the record does not name as made here.
    public static func of(_ checkpoint: Checkpoint) -> UndoPlan {
        let org = checkpoint.org, answers = checkpoint.answers
        let made = org.made
        var removals: [Removal] = [], kept: [KeptObject] = []
        for step in StepID.genesysSteps.reversed() {
            guard made.contains(step) else {
                if checkpoint.statuses[step]?.isFinished == true {
                    let byHand = checkpoint.statuses[step] == .done && !step.reusesExisting(answers)
                    kept.append(KeptObject(step: step, reason: byHand ? .madeByHand : .reused))
                }
                continue
            }
            switch step {
            case .route:
                // Removing the integration removes its route: only a route of a kept integration is put back.
                if !made.contains(.integration), let recipient = org.recipientID, let flow = org.flowID {
                    removals.append(.route(recipientID: recipient, flowID: flow, restoreFlowID: org.routeBefore?.flowID))
                }
            case .integration:
                if let id = org.integrationID { removals.append(.integration(id: id, name: answers.integrationName)) }
            case .flow:
                if let id = org.flowID { removals.append(.flow(id: id, name: answers.flowName)) }
            case .member:
                if let user = org.userID, let queue = org.queueID {
                    removals.append(.member(userID: user, queueID: queue, email: answers.memberEmail))
                }
            case .queue:
                if let id = org.queueID { removals.append(.queue(id: id, name: answers.queueName)) }
            case .prerequisites, .salesforce:
                break
            }
        }
        return UndoPlan(removals: removals, kept: kept)
    }

    /// Guided mode: what the admin made by hand in this setup, in the order to remove it (the wizard only
    /// says where to click). A route goes with its integration there too.
    public static func byHand(_ checkpoint: Checkpoint) -> [StepID] {
        let madeHere = StepID.genesysSteps.reversed().filter { step in
            checkpoint.statuses[step] == .done && !step.reusesExisting(checkpoint.answers)
        }
        return madeHere.contains(.integration) ? madeHere.filter { $0 != .route } : madeHere
    }
}

/// An undo under way or finished, as the checkpoint keeps it: the plan is fixed when it starts, so that a
/// run stopped halfway finishes the same removals.
public struct UndoProgress: Codable, Equatable, Sendable {
    public var removals: [Removal]
    /// How each removal done so far ended, in the plan's order.
    public var results: [RemovalResult] = []
    /// The removal sent and not yet answered: a rerun sends it again (a 404 then counts as done).
    public var underway: Removal?
    public var finished = false

    public init(removals: [Removal]) {
        self.removals = removals
    }

    /// The next removal to send, if any is left.
    public var next: Removal? {
        results.count < removals.count ? removals[results.count] : nil
    }
}

extension Checkpoint {
    /// Starts an undo with this plan, or takes up the one a stopped run left.
    public mutating func beginUndo() {
        if let undo, !undo.finished { return }
        undo = UndoProgress(removals: UndoPlan.of(self).removals)
    }

    /// Saved before the removal is sent.
    public mutating func noteRemovalSent(_ removal: Removal) {
        undo?.underway = removal
    }

    /// Saved once it is answered; the last one finishes the undo.
    public mutating func noteRemoved(_ removal: Removal, _ result: RemovalResult) {
        guard var progress = undo, progress.next == removal else { return }
        progress.results.append(result)
        progress.underway = nil
        undo = progress
        if progress.next == nil { finishUndo() }
    }

    /// The setup is undone: the Genesys steps and Salesforce's (which names the queue and the integration)
    /// are to do again, from the first Genesys step; the answers stay, for a new run to reuse.
    public mutating func finishUndo() {
        undo = undo ?? UndoProgress(removals: [])
        undo?.finished = true
        undo?.underway = nil
        for step in StepID.genesysSteps + [.salesforce] {
            statuses[step] = .pending
            confirmed[step] = nil
            answers[keyPath: step.confirmation] = false
        }
        manualSteps = []
        let orgName = org.orgName
        org = OrgRecord()
        org.orgName = orgName
        testMessage = nil
    }

    /// Whether the setup was undone and nothing has been done again since.
    public var isUndone: Bool {
        undo?.finished == true && StepID.genesysSteps.allSatisfy { statuses[$0] == .pending }
    }
}
