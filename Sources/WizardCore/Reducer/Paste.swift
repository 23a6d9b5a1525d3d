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
        var characters = Array(state[text: field])
        let cursor = min(state.cursor, characters.count)
        // Refused past Genesys's limit, with the limit said, as when typing.
        let limit = Validation.maximumLength(field)
        let room = max(0, limit - characters.count)
        let taken = Array(body.prefix(room))
        characters.insert(contentsOf: taken, at: cursor)
        state.cursor = cursor + taken.count
        setText(String(characters), of: field)
        if taken.count < body.count { state.errors[field] = .tooLong(limit: limit, length: nil) }
    }
}
