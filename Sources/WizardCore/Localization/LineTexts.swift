/// Why the wizard speaks in lines rather than on the full screen.
public enum LineModeReason: Sendable {
    /// `--accessible`.
    case asked
    /// `TERM` is `dumb` or not set: the terminal cannot draw a screen.
    case dumbTerminal
    /// Standard input or output is a pipe or a file.
    case notATerminal
}

/// The words of the line mode (`omwizard --accessible`), in one language: what the full screen says with its
/// layout and its keys, said in lines that read well aloud, top to bottom, once. Apart from `Texts`, so that
/// a full-screen run never builds them. Everything else it says is the full screen's own text.
public struct LineTexts: Sendable {
    /// Why the line mode was chosen, when the user did not ask for it.
    public var chosen: @Sendable (LineModeReason) -> String?
    public var opening: String
    /// A line that says what is wrong: "Error: …".
    public var error: @Sendable (String) -> String
    public var yes: String
    public var no: String
    /// The hint of a yes-or-no question, before the default in brackets.
    public var yesOrNo: String
    public var answerYesOrNo: String
    /// A notice said otherwise than on the full screen; nil: as there.
    public var notice: @Sendable (Notice) -> String?
    /// The hint of a numbered choice ("1 to 4").
    public var range: @Sendable (_ count: Int) -> String
    public var chooseANumber: @Sendable (_ count: Int) -> String
    /// The OAuth client secret's prompt: never shown, even as it is typed.
    public var secretHint: @Sendable (_ isSet: Bool) -> String
    /// The webhook token's prompt: how long it is, and how to see it.
    public var tokenHint: @Sendable (_ length: Int) -> String
    /// What to do about a refused value, where the full screen names a key (`FieldTexts.keyToMend`).
    public var mend: @Sendable (FieldID, ValidationIssue) -> String?
    public var stillWorking: @Sendable (_ seconds: Int) -> String
    public var finishedAfter: @Sendable (_ seconds: Int) -> String
    public var whatNext: String
    public var action: @Sendable (LineActionName) -> String
    /// The words typed as commands, in this language.
    public var command: @Sendable (LineCommand) -> String
    /// What `?` says: each command and what it does.
    public var commandList: [String]
    public var noTokenHere: String
    public var nothingToMakeHere: String
    public var inputEnded: String
    /// A save that works again, after one that failed.
    public var savedAgain: String
    public var statusHeading: @Sendable (_ path: String) -> String
    /// What the line mode offers on a screen, after the full screen's help paragraphs, where the full screen
    /// names its keys (`HelpTexts.keyNote`); nil when its numbered lists say it already.
    public var helpNote: @Sendable (Screen) -> String?
    /// Verify on a practice org (the wizard's own or a trainer's room): it has no pages, so the wizard can make the step (`make`).
    public var practiceVerifyNote: @Sendable (_ address: String) -> String

    public static func `for`(_ language: Language) -> LineTexts {
        switch language {
        case .en: return .english
        case .es: return .spanish
        }
    }
}

/// The commands the line mode takes at any prompt.
public enum LineCommand: CaseIterable, Sendable {
    case commands, back, help, status, copy, token, make, quit

    /// The command typed, in either language, any case, with or without its accent ("atras"); nil for an
    /// answer.
    public init?(typed: String) {
        guard let found = LineCommand.allCases.first(where: { command in
            LineAnswer.matches(typed, Language.allCases.map { LineTexts.for($0).command(command) })
        }) else { return nil }
        self = found
    }
}

/// How a typed word is read: in either language, whatever the habit of the other one.
public enum LineAnswer {
    /// Yes or no, as the question's hint or its key says it in either language ("yes", "sí", "si", "y", "s",
    /// "no", "n"); nil for anything else.
    public static func yesOrNo(_ typed: String) -> Bool? {
        func words(_ answer: (LineTexts) -> String, _ key: KeyCommand) -> [String] {
            Language.allCases.flatMap { [answer(LineTexts.for($0)), key.name($0)] }
        }
        if matches(typed, words(\.yes, .yes)) { return true }
        if matches(typed, words(\.no, .no)) { return false }
        return nil
    }

    /// Whether `typed` is one of `words`, ignoring case and accents.
    static func matches(_ typed: String, _ words: [String]) -> Bool {
        let word = typed.lowercased().withoutAccents
        return words.contains { $0.lowercased().withoutAccents == word }
    }
}

/// The actions a line-mode screen offers as a numbered list, where the full screen has keys.
public enum LineActionName: Equatable, Sendable {
    case carryOutThePlan, retry, leaveToTheAdmin, giveBackToTheWizard, back, goOn, finish
    case writeSummary(path: String)
    case undo, removeThem, removedByHand, keepAndGoOn, stopTheUndo, startAgain, quit
    case sendTestMessage(String)
    case changeTheText, goOnWithoutATest, sendAnother
    case useBackup, startFresh, leaveItAlone
}

extension String {
    var withoutAccents: String {
        String(map { character in
            switch character {
            case "á": "a"
            case "é": "e"
            case "í": "i"
            case "ó": "o"
            case "ú": "u"
            default: character
            }
        })
    }
}
