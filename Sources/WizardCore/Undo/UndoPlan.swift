/// One thing an undo takes out of the org, with what it needs to tell whether it is still as this setup
/// left it (its name) and to put the route back.
public enum Removal: Codable, Hashable, Sendable {
    /// A test conversation that a stopped run did not end.
    case testConversation(id: String)
    /// The route goes back to the flow it started before (`restoreFlowID`), or to none.
    case route(recipientID: String, flowID: String, restoreFlowID: String?)
    case integration(id: String, name: String)
    case flow(id: String, name: String)
    case member(userID: String, queueID: String, email: String)
    case queue(id: String, name: String)
}

/// How one removal ended.
public enum RemovalResult: Codable, Equatable, Sendable {
    case removed
    /// Not there any more (or already as the undo leaves it): done all the same.
    case alreadyGone
    /// Kept, and why.
    case keptChanged(KeptChange)

    /// Whether the object is out of the org (or the route back as it was).
    public var isDone: Bool {
        switch self {
        case .removed, .alreadyGone: true
        case .keptChanged: false
        }
    }
}

/// Why an object the setup made is kept after all.
public enum KeptChange: Codable, Equatable, Sendable {
    /// Its name is no longer the one the setup gave it.
    case renamed(to: String)
    /// A queue with members the setup did not add.
    case hasOtherMembers(Int)
    /// A route that now starts another flow than the setup's, or none.
    case routeMoved(toFlow: String?)
    /// Genesys refuses to delete it while another object uses it.
    case inUse
    /// Genesys kept the route's flow after it was asked to take it off.
    case routeKept
    /// Its removal failed, or the undo was stopped before it, and the user chose to go on without it.
    case keptByChoice
}

/// An object of the setup that the undo leaves in the org, and why.
public struct KeptObject: Equatable, Sendable {
    public enum Reason: Equatable, Sendable {
        /// It existed before the setup, which only used it.
        case reused
        /// The admin made it by hand (Guided, Verify, or a step left to them): theirs to remove.
        case madeByHand
        /// Finished by the wizard, but not recorded as made by it (an older omwizard, or the object was
        /// replaced since): never removed on a guess.
        case notRecorded
    }

    public var step: StepID
    public var reason: Reason

    public init(step: StepID, reason: Reason) {
        self.step = step
        self.reason = reason
    }
}

/// What an undo will do: the objects this setup made, in the reverse order of the steps, and those it keeps.
public struct UndoPlan: Equatable, Sendable {
    public var removals: [Removal]
    public var kept: [KeptObject]

    /// Read from the checkpoint's record of what this setup made; nothing is ever removed that the record does
    /// not name as made, as it is now. A route whose integration is removed goes with it.
    public static func of(_ checkpoint: Checkpoint) -> UndoPlan {
        let org = checkpoint.org, answers = checkpoint.answers
        var removals: [Removal] = [], kept: [KeptObject] = []
        if let test = checkpoint.testMessage, test.outcome == nil { removals.append(.testConversation(id: test.conversationID)) }
        for step in StepID.genesysSteps.reversed() {
            guard org.isMadeHere(step) else {
                if let reason = checkpoint.keptReason(step) { kept.append(KeptObject(step: step, reason: reason)) }
                continue
            }
            switch step {
            case .route:
                if !org.isMadeHere(.integration), let recipient = org.recipientID, let flow = org.flowID {
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
        let madeHere = StepID.genesysSteps.reversed().filter { checkpoint.keptReason($0) == .madeByHand }
        return madeHere.contains(.integration) ? madeHere.filter { $0 != .route } : madeHere
    }
}

extension Checkpoint {
    /// Why a finished step's object, not recorded as made, stays; nil for a step not finished.
    func keptReason(_ step: StepID) -> KeptObject.Reason? {
        guard statuses[step]?.isFinished == true else { return nil }
        if statuses[step] == .skipped || step.reusesExisting(answers) { return .reused }
        return mode.appliesItself && !manualSteps.contains(step) ? .notRecorded : .madeByHand
    }
}

extension OrgRecord {
    /// What names the object a step made, as the record holds it now.
    func identity(of step: StepID) -> String? {
        switch step {
        case .queue: queueID
        case .flow: flowID
        case .integration: integrationID
        case .member: userID.flatMap { user in queueID.map { "\(user) in \($0)" } }
        case .route: recipientID.flatMap { recipient in flowID.map { "\(recipient) → \($0)" } }
        case .prerequisites, .salesforce: nil
        }
    }

    /// Records the step's object, as the record names it now, as made by this setup.
    mutating func noteMade(_ step: StepID) {
        made[step] = identity(of: step)
    }

    /// Whether the step's object, as the record names it now, is the one this setup made.
    public func isMadeHere(_ step: StepID) -> Bool {
        made[step] != nil && made[step] == identity(of: step)
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
    /// The undo to show and go on with: one under way, or the one that left the setup undone; not one that
    /// finished before the setup was done again.
    public var currentUndo: UndoProgress? {
        guard let undo else { return nil }
        return undo.finished && !isUndone ? nil : undo
    }

    /// Whether an undo has begun and not finished: nothing else may change the org meanwhile.
    public var isUndoing: Bool { undo.map { !$0.finished } ?? false }

    /// Whether the record holds work in its org that another org must not make it forget: objects made
    /// there, an undo under way, a test conversation not yet ended.
    public var hasWorkInItsOrg: Bool {
        !org.made.isEmpty || isUndoing || (testMessage.map { $0.outcome == nil } ?? false)
    }

    /// Starts an undo with the plan as it is now, or takes up the one a stopped run left.
    public mutating func beginUndo() {
        if isUndoing { return }
        undo = UndoProgress(removals: UndoPlan.of(self).removals)
    }

    /// Saved before the removal is sent.
    public mutating func noteRemovalSent(_ removal: Removal) {
        undo?.underway = removal
    }

    /// Saved once it is answered; the last one finishes the undo. An answer for another removal than the
    /// next (a late one) changes nothing.
    public mutating func noteRemoved(_ removal: Removal, _ result: RemovalResult) {
        guard var progress = undo, !progress.finished, progress.next == removal else { return }
        progress.results.append(result)
        progress.underway = nil
        undo = progress
        if progress.next == nil { finishUndo() }
    }

    /// Stops the undo here: what is left is kept, by the user's choice.
    public mutating func stopUndo() {
        while isUndoing, let next = undo?.next { noteRemoved(next, .keptChanged(.keptByChoice)) }
        if isUndoing { finishUndo() }
    }

    /// The setup is undone: the Genesys steps and Salesforce's (whose settings name the queue and the
    /// integration) are to do again, from the first Genesys step; the answers stay, for a new run. The ids
    /// of what the undo kept stay too, so that a new run finds its own flow again rather than a stranger's.
    public mutating func finishUndo() {
        var progress = undo ?? UndoProgress(removals: [])
        progress.finished = true
        progress.underway = nil
        undo = progress
        for step in StepID.genesysSteps + [.salesforce] {
            statuses[step] = .pending
            confirmed[step] = nil
            answers[keyPath: step.confirmation] = false
        }
        (answers.salesforceSetup, answers.salesforceInstalledPackages, answers.salesforceConfigure) = (false, false, false)
        manualSteps = []
        var left = OrgRecord()
        left.orgName = org.orgName
        for (removal, result) in zip(progress.removals, progress.results) where !result.isDone {
            switch removal {
            case .queue(let id, _): left.queueID = id
            case .flow(let id, _): left.flowID = id
            case .integration(let id, _): (left.integrationID, left.recipientID) = (id, org.recipientID)
            case .testConversation, .route, .member: break
            }
        }
        org = left
        // A test conversation the undo did not end stays on record, for the next test to end.
        let conversationLeftOpen = zip(progress.removals, progress.results).contains { removal, result in
            if case .testConversation = removal { return !result.isDone }
            return false
        }
        if !conversationLeftOpen { testMessage = nil }
    }

    /// Whether the setup was undone and nothing has been done again since.
    public var isUndone: Bool {
        undo?.finished == true && StepID.genesysSteps.allSatisfy { statuses[$0] == .pending }
    }
}
