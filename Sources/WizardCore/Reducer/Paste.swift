/// A paste (the terminal's bracketed paste): text, never keys. Whatever it holds, it cannot press Enter, go
/// back, or answer a question.
extension Transition {
    mutating func paste(_ text: String) {
        guard state.size.isLargeEnough, state.genesys.busy == nil else { return }
        // A line copied whole ends with its line break: that one is not part of the value.
        var body = Substring(text)
        while let last = body.last, last.isNewline { body.removeLast() }
        let oneLine = !body.contains { $0.isNewline || $0.isControlCharacter }
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
}
