import TextCoding
import WizardCore
import WizardServices

/// The line mode: the wizard's own state machine, checkpoint and modes, asked as a conversation. Each screen is
/// said once, top to bottom; each field is a question with its value in brackets; what the screen offers
/// beyond its fields is a numbered list. Every answer becomes the events the full screen's keys would send,
/// so the reducer decides everything, as it does there.
public final class LineWizard {
    let session: LineSession
    let console: LineConsole
    /// The state as last told: what changes is said against it, and nothing is said twice.
    var told: WizardState
    /// The screen's answers were refused once: each answer is then checked at once, rather than asking the
    /// rest of the screen again.
    var mending = false
    /// How long the work under way has taken, and whether a line has said it is still going.
    var waitedSeconds = 0
    var waitMentioned = false

    public init(session: LineSession, console: LineConsole) {
        self.session = session
        self.console = console
        told = session.state
    }

    var state: WizardState { session.state }
    var texts: Texts { Texts.for(state.language) }
    var words: LineTexts { LineTexts.for(state.language) }

    /// Asks until the user quits, the input ends or a signal says to stop; returns the last state.
    public func run() -> WizardState {
        session.whileWaiting = { [unowned self] seconds in sayWaiting(seconds) }
        session.shouldStop = { LineSignals.stopRequested }
        session.showCopy = { [unowned self] text in console.say(text) }
        console.say(words.opening)
        send(.resized(.minimum))
        tellScreen()
        tellOverlay()
        while !state.hasQuit && !LineSignals.stopRequested {
            askNext()
        }
        return state
    }

    // MARK: - Sending

    private func send(_ event: Event) {
        let notice = state.notice
        session.dispatch(event) { [unowned self] new in tell(new) }
        tellNotice(after: notice)
    }

    /// The key of `command`, as the full screen would get it.
    private func press(_ command: KeyCommand) {
        send(.key(command.key(state.language)))
    }

    /// Leaves at once, as "quit? yes" does: typing quit is the answer already.
    private func quit() {
        session.dispatch(.key(.control("c")))
        told = state
        if state.overlay == .confirmQuit { press(.yes) }
    }

    // MARK: - Asking

    private func askNext() {
        if let overlay = state.overlay {
            askAbout(overlay)
        } else if let actions = actions() {
            askMenu(actions)
        } else if let field = state.focusedField {
            ask(field)
        } else {
            send(.key(.enter))
        }
    }

    /// Reads an answer, runs it if it is a command; returns the answer otherwise (a leading \ makes a command's
    /// word an answer).
    private func read(_ prompt: String, hidden: Bool = false) -> String? {
        switch console.ask(prompt, hidden: hidden) {
        case .interrupted:
            return nil
        case .ended:
            console.say(words.inputEnded)
            quit()
            return nil
        case .line(let typed):
            let answer = typed.trimmedSpaces
            if let command = LineCommand(typed: answer) {
                run(command)
                return nil
            }
            return answer.hasPrefix("\\") ? String(answer.dropFirst()) : answer
        }
    }

    private func ask(_ field: FieldID) {
        let before = state
        guard let answer = read(prompt(field), hidden: field == .clientSecret) else { return }
        guard answer.isEmpty || give(answer, to: field) else { return }
        // A value refused as it was given (too long) is said, and asked again.
        if state.errors[field] != nil && state.errors[field] != before.errors[field] { return }
        if let issue = Validation.check(field, in: state) {
            sayError(field, issue)
            return
        }
        if mending || state.focus == state.fields.count - 1 {
            mending = true
            send(.key(.enter))
        } else {
            send(.key(.tab))
        }
    }

    private func prompt(_ field: FieldID) -> String {
        let label = texts.fields.fieldLabel(field)
        switch field.kind {
        case .text:
            let value = state[text: field]
            return value.isEmpty ? "\(label): " : "\(label) [\(value)]: "
        case .secret where field == .clientSecret:
            return "\(label) \(words.secretHint(!state.clientSecret.isEmpty)): "
        case .secret:
            return "\(label) \(words.tokenHint(state.secretToken.count)): "
        case .checkbox:
            return "\(label) \(words.yesOrNo) [\(state.isChecked(field) ? words.yes : words.no)]: "
        case .choice:
            let (labels, selected) = state.choices(field, texts)
            if field == .mode {
                // Each mode with what it means, one per line, then the question.
                for (index, mode) in Mode.offered.enumerated() {
                    console.say("  \(index + 1). \(labels[index]): \(texts.genesys.modeHelp(mode))")
                }
                return "\(label) \(words.range(labels.count)) [\(selected + 1)]: "
            }
            let options = labels.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
            return "\(label): \(options) [\(selected + 1)]: "
        }
    }

    /// Gives an answer to a field as the full screen's keys would; false (said why) when it cannot be one.
    private func give(_ answer: String, to field: FieldID) -> Bool {
        switch field.kind {
        case .text, .secret:
            send(.key(.control("u")))
            send(.pasted(answer))
        case .checkbox:
            guard let wanted = yesOrNo(answer) else {
                console.say(words.error(words.answerYesOrNo))
                return false
            }
            if wanted != state.isChecked(field) { send(.key(.character(" "))) }
        case .choice:
            let (labels, selected) = state.choices(field, texts)
            guard let wanted = choice(answer, among: labels) else {
                console.say(words.error(words.chooseANumber(labels.count)))
                return false
            }
            for _ in 0..<((wanted - selected + labels.count) % labels.count) { send(.key(.right)) }
        }
        return true
    }

    private func yesOrNo(_ answer: String) -> Bool? {
        let word = answer.lowercased()
        let yes = Language.allCases.map { LineTexts.for($0).yes } + ["y", "s", "si"]
        let no = Language.allCases.map { LineTexts.for($0).no } + ["n"]
        if yes.contains(word) { return true }
        if no.contains(word) { return false }
        return nil
    }

    /// The index of the option answered by its number or its whole name.
    private func choice(_ answer: String, among labels: [String]) -> Int? {
        if let number = Int(answer), labels.indices.contains(number - 1) { return number - 1 }
        return labels.firstIndex { $0.lowercased() == answer.lowercased() }
    }

    /// A numbered list of what the screen offers; Enter takes the first.
    private func askMenu(_ actions: [LineAction]) {
        for (index, action) in actions.enumerated() {
            console.say("  \(index + 1). \(words.action(action.name))")
        }
        guard let answer = read("\(words.whatNext) \(words.range(actions.count)) [1]: ") else { return }
        guard let number = answer.isEmpty ? 0 : choice(answer, among: actions.map { words.action($0.name) }) else {
            console.say(words.error(words.chooseANumber(actions.count)))
            return
        }
        switch actions[number].does {
        case .key(let key): send(.key(key))
        case .quit: quit()
        case .askField(let field):
            ask(field)
        }
    }

    private func askAbout(_ overlay: Overlay) {
        switch overlay {
        case .confirmQuit, .confirmStartOver, .confirmStopUndo:
            let title: String = switch overlay {
            case .confirmStartOver: texts.dialogs.startOverTitle
            case .confirmStopUndo: texts.undo.stopTitle
            default: texts.dialogs.quitTitle
            }
            guard let answer = read("\(title) \(words.yesOrNo) [\(words.no)]: ") else { return }
            guard let yes = answer.isEmpty ? false : yesOrNo(answer) else {
                console.say(words.error(words.answerYesOrNo))
                return
            }
            press(yes ? .yes : .no)
        case .damagedCheckpoint(let damaged):
            var actions = [LineAction(.startFresh, .key(KeyCommand.startFresh.key(state.language))),
                           LineAction(.leaveItAlone, .key(.escape))]
            if damaged.backup != nil { actions.insert(LineAction(.useBackup, .key(KeyCommand.useBackup.key(state.language))), at: 0) }
            askMenu(actions)
        case .help, .picker:
            // Never opened here (help is a command); closed if a key ever opened one.
            send(.key(.escape))
        }
    }

    // MARK: - Commands

    private func run(_ command: LineCommand) {
        switch command {
        case .commands:
            words.commandList.forEach(console.say)
        case .back:
            mending = false
            if state.overlay != nil {
                press(.no)
            } else if state.focus > 0 && state.fields.indices.contains(state.focus) {
                send(.key(.backTab))
            } else {
                send(.key(.escape))
            }
        case .help:
            helpParagraphs.forEach(console.say)
        case .status:
            console.say(words.statusHeading(state.context.checkpointPath))
            for step in StepID.allCases {
                console.say("\(texts.steps.progress(step.number, StepID.allCases.count, texts.steps.stepName(step))): \(texts.summaryDetail(step, state))")
            }
        case .copy:
            press(.copy)
        case .token:
            guard state.fields.contains(.secretToken) else {
                console.say(words.noTokenHere)
                return
            }
            press(.newToken)
        case .make:
            guard state.canMakeItForMe else {
                console.say(words.nothingToMakeHere)
                return
            }
            let refused = state.errors
            press(.makeItForMe)
            // A value already said to be wrong stops it again: said again, since nothing changed to tell.
            if !refused.isEmpty, state.errors == refused, let field = state.focusedField, let issue = state.errors[field] {
                sayError(field, issue)
            }
        case .quit:
            quit()
        }
    }

    private var helpParagraphs: [String] {
        if case .step(let step) = state.screen, state.isDoneByTheWizard(step) {
            return [texts.genesys.helpDoneByTheWizard(step)]
        }
        return words.help(state.screen) ?? texts.help.paragraphs(state.screen)
    }

    // MARK: - Waiting

    private func sayWaiting(_ seconds: Int) {
        // Every five seconds: often enough to know it is alive, rarely enough to be read.
        waitedSeconds = seconds
        guard seconds % 5 == 0 else { return }
        waitMentioned = true
        console.say(words.stillWorking(seconds))
    }
}

/// One entry of a screen's numbered list, and what choosing it does.
struct LineAction {
    enum Does {
        case key(Key)
        case quit
        /// Asks a field first (the test message's text), whose answer then does the screen's Enter.
        case askField(FieldID)
    }

    let name: LineActionName
    let does: Does

    init(_ name: LineActionName, _ does: Does) {
        self.name = name
        self.does = does
    }
}
