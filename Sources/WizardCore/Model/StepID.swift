/// The steps of the chapter, in the order the wizard walks them.
public enum StepID: String, Codable, CaseIterable, Sendable, Comparable {
    case prerequisites
    case queue
    case member
    case flow
    case integration
    case route
    case salesforce

    public var number: Int { (StepID.allCases.firstIndex(of: self) ?? 0) + 1 }

    public static func < (lhs: StepID, rhs: StepID) -> Bool { lhs.number < rhs.number }

    /// The steps done in Genesys Cloud, which Automatic mode carries out itself.
    public static let genesysSteps: [StepID] = [.queue, .member, .flow, .integration, .route]

    /// The steps whose work relies on this one's answers: changing this step's answers makes them stale.
    /// A different queue changes who receives the messages (member), where the flow transfers (flow),
    /// which flow the route uses, and what Salesforce's Retrieve Options lists.
    public var dependents: [StepID] {
        switch self {
        case .prerequisites, .member, .route, .salesforce: return []
        case .queue: return [.member, .flow, .route, .salesforce]
        case .flow: return [.route]
        case .integration: return [.route, .salesforce]
        }
    }
}

/// Where a step stands.
public enum StepStatus: String, Codable, Sendable {
    case pending
    case inProgress
    /// Done by the user in Genesys Cloud or Salesforce.
    case done
    /// Finished without creating anything, because what the step makes already existed (an existing queue,
    /// a user who was already a member, a reused flow).
    case skipped
    /// Was finished, but an earlier answer it relies on has since changed.
    case stale

    public var isFinished: Bool { self == .done || self == .skipped }
}
