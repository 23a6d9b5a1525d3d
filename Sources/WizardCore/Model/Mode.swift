/// How the wizard carries out the Genesys steps.
public enum How: String, Codable, CaseIterable, Sendable {
    /// The admin clicks; the wizard says where and records what they did.
    case guided
    /// As guided, and the wizard checks each step in the org through the API.
    case verify
    /// The wizard does the Genesys steps itself through the API, after showing its plan.
    case automatic
}

/// Which org the wizard talks to in Verify and Automatic modes.
public enum OrgKind: String, Codable, CaseIterable, Sendable {
    /// An org of Genesys Cloud, reached with the admin's OAuth client.
    case real
    /// The practice org that the wizard starts on this machine.
    case practice
}

/// The wizard's mode: how it carries out the steps and, when it talks to an org, which one. A guided run
/// talks to none, so "guided on the practice org" cannot be written.
public enum Mode: Hashable, Sendable {
    case guided
    case verify(OrgKind)
    case automatic(OrgKind)

    public init(_ how: How, in org: OrgKind) {
        switch how {
        case .guided: self = .guided
        case .verify: self = .verify(org)
        case .automatic: self = .automatic(org)
        }
    }

    public var how: How {
        switch self {
        case .guided: .guided
        case .verify: .verify
        case .automatic: .automatic
        }
    }

    /// The org it talks to; nil in Guided mode.
    public var org: OrgKind? {
        switch self {
        case .guided: nil
        case .verify(let org), .automatic(let org): org
        }
    }

    public var isPractice: Bool { org == .practice }
    /// True when the wizard talks to an org.
    public var usesGenesys: Bool { org != nil }
    /// True when the wizard makes the Genesys objects itself.
    public var appliesItself: Bool { how == .automatic }

    /// The four modes the welcome screen offers, in its order. Practice stands for both of its ways (the
    /// connection screen chooses between them), so it is named by one of them.
    public static let offered: [Mode] = [.guided, .verify(.real), .automatic(.real), .automatic(.practice)]

    /// This mode's place among `offered` (either way of practising is the fourth).
    public var offeredIndex: Int { isPractice ? Mode.offered.count - 1 : Mode.offered.firstIndex(of: self) ?? 0 }

    /// The mode a command line names: "guided", "verify", "automatic" or "practice" (Automatic on the practice
    /// org; a run that already practises keeps its way, see `WizardLaunch`).
    public static func named(_ name: String) -> Mode? {
        if name == "practice" { return .automatic(.practice) }
        return How(rawValue: name).map { Mode($0, in: .real) }
    }

    /// The names `named` accepts.
    public static let names = How.allCases.map(\.rawValue) + ["practice"]
}

// In the checkpoint as {"how": "automatic", "org": "practice"}; Guided has no "org".
extension Mode: Codable {
    private enum CodingKeys: String, CodingKey { case how, org }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let how = try container.decode(How.self, forKey: .how)
        self = how == .guided ? .guided : Mode(how, in: try container.decode(OrgKind.self, forKey: .org))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(how, forKey: .how)
        try container.encodeIfPresent(org, forKey: .org)
    }
}
