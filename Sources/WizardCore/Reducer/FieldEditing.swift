extension Transition {
    mutating func handleFieldKey(_ key: Key) {
        guard let field = state.focusedField else {
            handleScreenKey(key)
            return
        }
        if field.kind.takesText {
            editText(field, key)
        } else {
            switch key {
            case .character(" "): toggle(field, by: 1)
            // Arrows change a choice but never a checkbox, so that they cannot undo a tick by accident.
            case .left where field.checkboxPath == nil: toggle(field, by: -1)
            case .right where field.checkboxPath == nil: toggle(field, by: 1)
            default: handleScreenKey(key)
            }
        }
    }

    /// Keys that mean something when no text field has the focus (in one, they are typed).
    private mutating func handleScreenKey(_ key: Key) {
        if key == .character("?") {
            state.overlay = .help
        } else if KeyCommand.quit.matches(key) {
            state.overlay = .confirmQuit
        } else if state.screen == .summary, KeyCommand.writeSummary.matches(key) {
            effects.append(.writeSummary(markdown: SummaryMarkdown.render(state), path: state.context.summaryPath))
        }
    }

    private mutating func editText(_ field: FieldID, _ key: Key) {
        if case .character(let character) = key, !character.isControlCharacter {
            insert([character], into: field)
            return
        }
        var characters = Array(state[text: field])
        var cursor = min(state.cursor, characters.count)
        switch key {
        case .backspace where cursor > 0:
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete where cursor < characters.count:
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = characters.count
        case .control("u"):
            characters.removeAll()
            cursor = 0
        default:
            return
        }
        state.cursor = cursor
        setText(String(characters), of: field)
    }

    /// Puts typed or pasted text at the cursor, as far as Genesys's limit for the field allows: the rest is
    /// refused with the limit said, rather than failing later in Genesys.
    mutating func insert(_ text: [Character], into field: FieldID) {
        var characters = Array(state[text: field])
        let cursor = min(state.cursor, characters.count)
        let limit = Validation.maximumLength(field)
        let taken = text.prefix(max(0, limit - characters.count))
        characters.insert(contentsOf: taken, at: cursor)
        state.cursor = cursor + taken.count
        setText(String(characters), of: field)
        if taken.count < text.count { state.errors[field] = .tooLong(limit: limit, length: nil) }
    }

    mutating func setText(_ text: String, of field: FieldID) {
        guard text != state[text: field] else { return }
        state[text: field] = text
        answerChanged(field)
    }

    private mutating func toggle(_ field: FieldID, by delta: Int) {
        if let path = field.checkboxPath {
            state.answers[keyPath: path].toggle()
            state.errors[field] = nil
            // Unticking what was confirmed reopens the step.
            if case .step(let step) = state.screen, !state.answers[keyPath: path], state.status(step).isFinished {
                state.statuses[step] = .inProgress
            }
        } else if let path = field.originPath {
            let options = Origin.choiceOrder
            let index = options.firstIndex(of: state.answers[keyPath: path]) ?? 0
            state.answers[keyPath: path] = options[(index + delta + options.count) % options.count]
            adjustSuggestion(after: field)
            answerChanged(field)
        } else if field == .language {
            let options = Language.allCases
            let index = options.firstIndex(of: state.language) ?? 0
            state.language = options[(index + delta + options.count) % options.count]
        } else if field == .mode {
            let options = Mode.offered
            state.mode = options[(state.mode.offeredIndex + delta + options.count) % options.count]
            // Another mode may mean another org (the practice one): log in again when it is needed.
            state.genesys = GenesysActivity()
        } else if field == .practiceRuns {
            state.mode = state.mode.how == .automatic ? .verify(.practice) : .automatic(.practice)
        } else if field == .resume {
            state.resumeChoice = 1 - state.resumeChoice
        }
    }

    /// A suggested name belongs to "create a new one": switching to "use an existing one" clears it, and
    /// switching back fills it in again if the field is empty.
    private mutating func adjustSuggestion(after field: FieldID) {
        let texts = Texts.for(state.language)
        let pairs: [(FieldID, WritableKeyPath<Answers, String>, String)] = [
            (.queueOrigin, \.queueName, texts.suggestions.queueName),
            (.flowOrigin, \.flowName, texts.suggestions.flowName),
        ]
        guard let (_, path, suggestion) = pairs.first(where: { $0.0 == field }),
              let origin = field.originPath.map({ state.answers[keyPath: $0] }) else { return }
        if origin == .existing, state.answers[keyPath: path] == suggestion {
            state.answers[keyPath: path] = ""
        } else if origin == .new, state.answers[keyPath: path].isEmpty {
            state.answers[keyPath: path] = suggestion
        }
    }

    /// An answer of this screen changed: its error goes, and the "done" tick goes too, because what was
    /// done in Genesys Cloud no longer matches what the wizard holds. The token is the exception: the
    /// package never uses it, and it is not kept between runs, so a new one must not undo a finished step.
    mutating func answerChanged(_ field: FieldID) {
        state.errors[field] = nil
        guard field != .secretToken, case .step(let step) = state.screen, step.doneField != nil else { return }
        state.answers[keyPath: step.confirmation] = false
        // Until it is confirmed again, the step is not finished, however the user leaves the screen.
        if state.status(step).isFinished { state.statuses[step] = .inProgress }
    }

    mutating func copyFocusedValue() {
        // The OAuth client secret is never sent anywhere but to the login service, not even to the clipboard.
        if state.focusedField == .clientSecret {
            state.notice = .secretNotCopied
            return
        }
        guard let field = state.focusedField, field.kind.takesText, !state[text: field].isEmpty else {
            state.notice = .nothingToCopy
            return
        }
        effects.append(.copyToClipboard(state[text: field]))
        state.notice = .copied(field)
    }
}

extension Character {
    var isControlCharacter: Bool { unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
}
