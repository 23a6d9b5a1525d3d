/// The two languages every screen exists in.
public enum Language: String, Codable, CaseIterable, Sendable {
    case es
    case en

    /// "es" or "en", in any case ("ES" too).
    public init?(code: String) {
        self.init(rawValue: code.lowercased())
    }

    /// Spanish for a Spanish locale, English otherwise; LC_ALL wins over LC_MESSAGES over LANG, as in POSIX.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .compactMap { environment[$0] }
            .first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("es") ? .es : .en
    }
}
