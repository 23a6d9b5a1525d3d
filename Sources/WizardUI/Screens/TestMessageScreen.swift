import WizardCore

extension Canvas {
    /// The message to send; then what it found, and the test conversation's id.
    mutating func drawTestMessage() {
        drawTitle(texts.testMessage.title)
        var row = paragraph(texts.testMessage.intro, row: bodyTop, maxRows: 3) + 1
        row = drawFields(from: row) + 1
        let outcome: TestMessageOutcome?, style: Style
        if case .tested(let found) = state.genesys.phase {
            (outcome, style) = (found, found.succeeded ? Style(bold: true, color: .success) : Canvas.error)
        } else {
            // The last test's, dimmed: Enter sends a new one.
            (outcome, style) = (state.saved.testMessage?.outcome, Canvas.muted)
        }
        guard let outcome, let record = state.saved.testMessage, row < bodyBottom else { return }
        row = paragraph(texts.testMessage.outcome(outcome, state.answers), row: row, style: style, maxRows: bodyBottom - row)
        if row <= bodyBottom { paragraph(texts.testMessage.conversation(record.conversationID), row: row, style: Canvas.muted, maxRows: 1) }
    }
}
