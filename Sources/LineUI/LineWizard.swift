import TextCoding
import WizardCore
import WizardServices

/// The line mode: the wizard's own state machine, checkpoint and modes, asked as a conversation. Each screen is
/// said once, top to bottom; each field is a question with its value in brackets; what the screen offers
/// beyond its fields is a numbered list. Every answer becomes the events the full screen's keys would send (a
/// typed value is one `.replaced`, checked as a paste is), so the reducer decides everything, as it does there.
public final class LineWizard {
    let session: LineSession
    let console: LineConsole
    /// True once a signal asked to stop (Ctrl-C, SIGTERM): the wizard then leaves as `quit` does.
    private let shouldStop: () -> Bool
    /// The state as last told: what changes is said against it.
    var told: WizardState
    /// The screen's answers were refused once: each answer is then checked at once, rather than asking the
    /// rest of the screen again.
    var mending = false
    /// When the work under way started, and the last five seconds a line said it was still going.
    var waitStarted: ContinuousClock.Instant?
    var waitMentioned = 0
    /// The language the modes were last described in on this screen: a question asked again does not
    /// describe them again.
    var modesDescribed: Language?

    public init(session: LineSession, console: LineConsole, shouldStop: @escaping () -> Bool = { false }) {
        self.session = session
        self.console = console
        self.shouldStop = shouldStop
        told = session.state
    }

    var state: WizardState { session.state }
    var texts: Texts { Texts.for(state.language) }
    var words: LineTexts { LineTexts.for(state.language) }

    /// Asks until the user quits, the input ends or a signal says to stop; returns the last state.
    public func run() -> WizardState {
        session.whileWaiting = { [unowned self] in sayWaiting() }
        session.shouldStop = shouldStop
        session.showCopy = { [unowned self] text in console.say(text) }
        console.say(words.opening)
        tellScreen()
        tellOverlay()
        while !state.hasQuit {
            if shouldStop() {
                // Ctrl-C or a signal: leave as quit does, so that the resume comes back to this question.
                leave()
                break
            }
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

    /// An event whose answer is a notice: said even when it is the same as the last one (a second token, a
    /// second refused answer).
    private func sendAndTell(_ event: Event) {
        let notice = state.notice
        send(event)
        if state.notice == notice { tellNotice(after: nil) }
    }

    /// `quit`: typing it is the answer to "quit?" already, unless the last save failed, which that question
    /// says first (quitting then loses the last changes).
    private func quit() {
        guard state.unsavedBecause != nil else {
            // Quietly: the farewell says where the progress is, once.
            leave()
            return
        }
        closeQuestion()
        send(.key(.control("c")))
    }

    /// Leaves without asking (the input ended, or a signal): what can be saved is.
    private func leave() {
        closeQuestion()
        session.dispatch(.key(.control("c")))
        if !state.hasQuit { session.dispatch(.key(KeyCommand.yes.key(state.language))) }
        told = state
    }

    /// Answers no to a question over the screen that is not "quit?" ("start over?", "stop the undo?"), which
    /// would otherwise take the quit for its own no.
    private func closeQuestion() {
        switch state.overlay {
        case .confirmStartOver?, .confirmStopUndo?: press(.no)
        case .help?, .picker?: send(.key(.escape))
        case .confirmQuit?, .damagedCheckpoint?, nil: break
        }
    }

    // MARK: - Asking

    private func askNext() {
        if let overlay = state.overlay {
            askAbout(overlay)
        } else if let actions = actions() {
            askMenu(actions)
        } else if let field = state.focusedField {
            ask(field)
        }
    }

    /// Reads an answer, runs it if it is a command; returns the answer otherwise (a command's word typed after
    /// a \ is an answer).
    private func read(_ prompt: String, hidden: Bool = false) -> String? {
        switch console.ask(prompt, hidden: hidden) {
        case .interrupted:
            return nil
        case .ended:
            console.say(words.inputEnded)
            leave()
            return nil
        case .line(let typed):
            let answer = typed.trimmedSpaces
            if let command = LineCommand(typed: answer) {
                run(command)
                return nil
            }
            if answer.hasPrefix("\\"), LineCommand(typed: String(answer.dropFirst())) != nil { return String(answer.dropFirst()) }
            return answer
        }
    }

    private func ask(_ field: FieldID) {
        let before = state
        guard let answer = read(prompt(field), hidden: field.kind == .secret) else { return }
        guard answer.isEmpty || give(answer, to: field) else { return }
        // A value refused as it was given (too long) is said, and asked again.
        if let issue = state.errors[field] {
            if issue == before.errors[field] { sayError(field, issue) }
            return
        }
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
                if modesDescribed != state.language {
                    for (index, mode) in Mode.offered.enumerated() {
                        console.say("  \(index + 1). \(labels[index]): \(texts.genesys.modeHelp(mode))")
                    }
                    modesDescribed = state.language
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
            sendAndTell(.replaced(answer))
            // Refused whole (a control character), the notice said why: asked again.
            if state.notice == .pasteRefused { return false }
        case .checkbox:
            guard let wanted = LineAnswer.yesOrNo(answer) else {
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
        case .askField(let field): ask(field)
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
            guard let yes = answer.isEmpty ? false : LineAnswer.yesOrNo(answer) else {
                console.say(words.error(words.answerYesOrNo))
                return
            }
            press(yes ? .yes : .no)
        case .damagedCheckpoint(let damaged):
            // Leaving the file alone comes first, so that Enter (or an answers file's empty line) changes nothing:
            // the full screen too has no default here.
            var actions = [LineAction(.leaveItAlone, .key(.escape))]
            if damaged.backup != nil { actions.append(LineAction(.useBackup, .key(KeyCommand.useBackup.key(state.language)))) }
            actions.append(LineAction(.startFresh, .key(KeyCommand.startFresh.key(state.language))))
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
            switch state.overlay {
            case .confirmQuit?, .confirmStartOver?, .confirmStopUndo?: press(.no)
            // Esc, as on the full screen: leaves the file as it is.
            case .damagedCheckpoint?, .help?, .picker?: send(.key(.escape))
            case nil where state.focus > 0 && state.fields.indices.contains(state.focus): send(.key(.backTab))
            case nil: send(.key(.escape))
            }
        case .help:
            helpParagraphs.forEach(console.say)
        case .status:
            console.say(words.statusHeading(state.context.checkpointPath))
            for step in StepID.allCases {
                console.say("\(texts.steps.progress(step.number, StepID.allCases.count, texts.steps.stepName(step))): \(texts.summaryDetail(step, state))")
            }
        case .copy:
            sendAndTell(.key(KeyCommand.copy.key(state.language)))
        case .token:
            guard state.fields.contains(.secretToken) else {
                console.say(words.noTokenHere)
                return
            }
            sendAndTell(.key(KeyCommand.newToken.key(state.language)))
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
        return texts.help.paragraphs(state.screen) + (words.helpNote(state.screen).map { [$0] } ?? [])
    }

    // MARK: - Waiting

    /// About once a second while Genesys Cloud works: every five seconds a line, often enough to know it is
    /// alive, rarely enough to be read. Timed from when the work started, however many calls it takes.
    private func sayWaiting() {
        guard state.genesys.busy != nil, let started = waitStarted else { return }
        let seconds = Int((ContinuousClock.now - started).components.seconds)
        guard seconds / 5 > waitMentioned else { return }
        waitMentioned = seconds / 5
        console.say(words.stillWorking(waitMentioned * 5))
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
