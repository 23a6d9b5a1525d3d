/// A paste (the terminal's bracketed paste): text, never keys. Whatever it holds, it cannot press Enter, go
/// back, or answer a question.
extension Transition {
    mutating func paste(_ text: String) {
        guard state.size.isLargeEnough, state.genesys.busy == nil else { return }
        let body = Self.withoutFinalLineBreaks(text)
        let oneLine = Self.isOneLine(body)
        if case .picker(var picker) = state.overlay {
            guard oneLine, !body.isEmpty else { return }
            picker.query += body
            picker.page = 1
            search(picker)
            return
        }
        guard state.overlay == nil, let field = state.focusedField, field.kind.takesText else {
            state.notice = .pasteNeedsATextField
            return
        }
        guard oneLine else {
            state.notice = .pasteRefused
            return
        }
        state.notice = nil
        insert(Array(body), into: field)
    }

    /// The line mode's answer: the field's whole value, refused as a paste would be when it is not one line
    /// (an arrow key typed in a terminal that cannot edit), with the value it had kept.
    mutating func replace(with text: String) {
        guard state.overlay == nil, state.genesys.busy == nil, let field = state.focusedField, field.kind.takesText else { return }
        let body = Self.withoutFinalLineBreaks(text)
        guard Self.isOneLine(body) else {
            state.notice = .pasteRefused
            return
        }
        guard String(body) != state[text: field] else { return }
        state.notice = nil
        // Emptied without a change of its own: the new value is one change (one save, one staleness).
        state[text: field] = ""
        state.cursor = 0
        insert(Array(body), into: field)
    }

    /// A line copied whole ends with its line break: that one is not part of the value.
    private static func withoutFinalLineBreaks(_ text: String) -> Substring {
        var body = Substring(text)
        while let last = body.last, last.isNewline { body.removeLast() }
        return body
    }

    private static func isOneLine(_ text: Substring) -> Bool {
        !text.contains { $0.isNewline || $0.isControlCharacter }
    }
}
