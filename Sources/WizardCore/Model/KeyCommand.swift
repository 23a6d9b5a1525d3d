/// A command reached by one key, and that key. The reducer reads keys through these and the hints name the
/// keys from them, so that each key is written once. A letter may differ by language (Y, or S for "sí");
/// every language's letter is accepted in either language, upper or lower case, so that a habit from the
/// other language never does something else.
public enum KeyCommand: CaseIterable, Sendable {
    /// `makeItForMe`, in Practice + Verify: the wizard does the step on the practice org, standing in for the
    /// admin's clicks (a function key, so that it is never a letter typed into a name).
    /// `sendAgain` and `skipTest` on the test message's screen, whose field takes letters.
    case help, copy, revealSecret, newToken, pick, makeItForMe, sendAgain, skipTest
    case yes, no, quit, retry, doByHand, writeSummary, useBackup, startFresh, undo, keep

    /// The key as the hints name it in `language`: "F2", "Y", "S".
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.help, _): "F1"
        case (.copy, _): "F2"
        case (.revealSecret, _): "F3"
        case (.newToken, _): "F4"
        case (.pick, _): "F5"
        case (.makeItForMe, _): "F6"
        case (.sendAgain, _): "F7"
        case (.skipTest, _): "F8"
        case (.yes, .en): "Y"
        case (.yes, .es): "S"
        case (.no, _): "N"
        case (.quit, _): "Q"
        case (.retry, _): "R"
        case (.doByHand, _): "G"
        case (.writeSummary, .en): "W"
        case (.writeSummary, .es): "G"
        case (.useBackup, .en): "B"
        case (.useBackup, .es): "R"
        case (.startFresh, .en): "F"
        case (.startFresh, .es): "C"
        case (.undo, .en): "U"
        case (.undo, .es): "D"
        case (.keep, .en): "K"
        case (.keep, .es): "M"
        }
    }

    /// The function key of a command that has one.
    private var functionKey: Int? {
        switch self {
        case .help: 1
        case .copy: 2
        case .revealSecret: 3
        case .newToken: 4
        case .pick: 5
        case .makeItForMe: 6
        case .sendAgain: 7
        case .skipTest: 8
        case .yes, .no, .quit, .retry, .doByHand, .writeSummary, .useBackup, .startFresh, .undo, .keep: nil
        }
    }

    /// The key that gives this command in `language`: what a front end without keys (the line mode) sends
    /// for it.
    public func key(_ language: Language) -> Key {
        if let number = functionKey { return .function(number) }
        return .character(name(language).first ?? " ")
    }

    /// Whether `key` gives this command.
    public func matches(_ key: Key) -> Bool {
        if let number = functionKey { return key == .function(number) }
        guard case .character(let typed) = key else { return false }
        return Language.allCases.contains { name($0) == typed.uppercased() }
    }
}
