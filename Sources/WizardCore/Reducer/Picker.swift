/// The queue and flow pickers: F5 on the queue or flow screen, once connected to an org. Typing searches
/// the org through the server (a name filter), one page at a time, so a 20,000-queue org stays instant.
extension Transition {
    /// The picker of the screen on show, if it has one and the wizard is connected.
    private var pickerKind: PickerKind? {
        guard state.genesys.connected else { return nil }
        switch state.screen {
        case .step(.queue): return .queue
        case .step(.flow): return .flow
        case .welcome, .connect, .plan, .testMessage, .summary, .undo,
             .step(.prerequisites), .step(.member), .step(.integration), .step(.route), .step(.salesforce):
            return nil
        }
    }

    mutating func openPicker() {
        guard let kind = pickerKind else { return }
        // What the user typed narrows the list, unless it is the suggestion for a new one.
        let texts = Texts.for(state.language)
        let typed = state[text: kind.nameField]
        let suggested = kind == .queue ? texts.suggestions.queueName : texts.suggestions.flowName
        search(Picker(kind: kind, query: typed == suggested ? "" : typed))
    }

    mutating func handlePicker(_ picker: Picker, _ key: Key) {
        var picker = picker
        switch key {
        case .escape, .function(5):
            state.overlay = nil
        case .control("c"):
            state.overlay = .confirmQuit
        case .enter:
            guard picker.names.indices.contains(picker.selection) else { return }
            choose(picker.names[picker.selection], kind: picker.kind)
        case .down where picker.selection == picker.names.count - 1 && picker.page < picker.pageCount:
            picker.page += 1
            search(picker)
        case .up where picker.selection == 0 && picker.page > 1:
            picker.page -= 1
            search(picker, selectingLast: true)
        case .up, .down:
            guard !picker.names.isEmpty else { return }
            picker.selection = (picker.selection + (key == .up ? -1 : 1) + picker.names.count) % picker.names.count
            state.overlay = .picker(picker)
        case .pageDown where picker.page < picker.pageCount, .pageUp where picker.page > 1:
            picker.page += key == .pageDown ? 1 : -1
            search(picker)
        case .backspace where !picker.query.isEmpty:
            picker.query.removeLast()
            picker.page = 1
            search(picker)
        case .control("u") where !picker.query.isEmpty:
            picker.query = ""
            picker.page = 1
            search(picker)
        case .character(let character) where !character.isControlCharacter:
            picker.query.append(character)
            picker.page = 1
            search(picker)
        default:
            break
        }
    }

    mutating func search(_ picker: Picker, selectingLast: Bool = false) {
        var picker = picker
        picker.loading = true
        picker.failure = nil
        picker.selection = selectingLast ? Picker.pageSize - 1 : 0
        state.overlay = .picker(picker)
        effects.append(.genesys(.search(picker.kind, query: picker.query, page: picker.page)))
    }

    /// Shows a page, unless the user has typed on since it was asked for (the answer of an older search).
    mutating func showSearchResult(_ kind: PickerKind, query: String, page: Int, _ found: PickerPage) {
        guard case .picker(var picker) = state.overlay, picker.kind == kind, picker.query == query,
              picker.page == page else { return }
        picker.names = found.names
        picker.total = found.total
        picker.loading = false
        picker.selection = min(picker.selection, max(0, found.names.count - 1))
        state.overlay = .picker(picker)
    }

    mutating func showSearchFailure(_ kind: PickerKind, query: String, page: Int, _ failure: GenesysFailure) {
        guard case .picker(var picker) = state.overlay, picker.kind == kind, picker.query == query,
              picker.page == page else { return }
        picker.loading = false
        picker.failure = failure
        state.overlay = .picker(picker)
    }

    /// The picked name becomes the answer, as "use an existing one".
    private mutating func choose(_ name: String, kind: PickerKind) {
        state.overlay = nil
        let origin = kind.originPath
        if state.answers[keyPath: origin] != .existing {
            state.answers[keyPath: origin] = .existing
            answerChanged(kind.originField)
        }
        setText(name, of: kind.nameField)
        focus(state.fields.firstIndex(of: kind.nameField) ?? 0)
    }
}
