/// The whole behaviour of the wizard: a new state and the effects to run, from a state and an event.
/// Pure: no terminal, no files, no clock, no randomness (those come back as events).
public func reduce(_ state: WizardState, _ event: Event) -> (WizardState, [Effect]) {
    var transition = Transition(state: state)
    transition.apply(event)
    return transition.finish(from: state)
}

/// The state being changed and the effects gathered while handling one event.
struct Transition {
    var state: WizardState
    var effects: [Effect] = []

    mutating func apply(_ event: Event) {
        switch event {
        case .key(let key):
            handle(key)
        case .resized(let size):
            state.size = size
        case .pasted(let text):
            paste(text)
        case .replaced(let text):
            replace(with: text)
        case .secretTokenGenerated(let token):
            state.secretToken = token
            if state.focusedField == .secretToken { state.cursor = token.count }
            state.errors[.secretToken] = nil
        case .checkpointSaved:
            state.unsavedBecause = nil
        case .checkpointSaveFailed(let failure):
            state.unsavedBecause = failure
        case .summaryWritten(let path, let replaced):
            state.notice = .summaryWritten(path, replaced: replaced)
        case .summaryWriteFailed(let path, let failure):
            state.notice = .summaryFailed(path, failure)
        case .damagedCheckpointSetAside(let path):
            if state.notice == .startedOver(nil) { state.notice = .damagedSetAside(path) }
        case .checkpointArchived(let path):
            state.notice = .startedOver(path)
        case .practiceOrgReset(let failure):
            if let failure { state.notice = .practiceOrgNotReset(failure) }
        case .searched(let kind, let query, let page, let found):
            showSearchResult(kind, query: query, page: page, found)
        case .searchFailed(let kind, let query, let page, let failure):
            showSearchFailure(kind, query: query, page: page, failure)
        case .genesysConnected, .genesysFailed, .surveyed, .applied, .checked, .tick:
            handleGenesys(event)
        case .testMessageSent(let request, let conversationID):
            followTestMessage(request, conversationID: conversationID)
        case .testMessageFollowed(let conversationID, let outcome):
            recordTestMessage(conversationID, outcome)
        case .removed(let removal, let result):
            recordRemoval(removal, result)
        case .testConversationEnded(let conversationID, let failure):
            if failure == nil { forgetTestConversation(conversationID) }
        }
    }

    /// Adds a save whenever what the checkpoint holds has changed, except while an unreadable checkpoint
    /// waits for the user's decision: nothing may overwrite it before their yes.
    func finish(from old: WizardState) -> (WizardState, [Effect]) {
        var effects = self.effects
        let alreadySaving = effects.contains { if case .save = $0 { return true } else { return false } }
        if !state.isAwaitingCheckpointDecision, !alreadySaving, state.saved != old.saved {
            effects.append(.save(state.saved))
        }
        return (state, effects)
    }

    private mutating func handle(_ key: Key) {
        if !state.size.isLargeEnough {
            // Only leaving works on the too-small screen, and it asks first, as everywhere.
            if state.overlay == .confirmQuit {
                handleOverlay(.confirmQuit, key)
            } else if key == .control("c") || KeyCommand.quit.matches(key) {
                state.overlay = .confirmQuit
            }
            return
        }
        if let overlay = state.overlay {
            handleOverlay(overlay, key)
            return
        }
        if state.genesys.busy != nil {
            // While Genesys Cloud works, only help and leaving (which asks first) are offered.
            if key == .control("c") || KeyCommand.quit.matches(key) { state.overlay = .confirmQuit }
            if KeyCommand.help.matches(key) || key == .character("?") { state.overlay = .help }
            return
        }
        if !KeyCommand.copy.matches(key) { state.notice = nil }
        let planFailed = state.screen == .plan && state.genesys.failure != nil
        let undoFailed = state.screen == .undo && state.genesys.failure != nil
        let onTestMessage = state.screen == .testMessage
        let hasToken = state.fields.contains(.secretToken)
        switch key {
        case .control("c"): state.overlay = .confirmQuit
        case .escape: goBack()
        case .enter: goNext()
        case .tab, .down: moveFocus(by: 1)
        case .backTab, .up: moveFocus(by: -1)
        case _ where KeyCommand.help.matches(key): state.overlay = .help
        case _ where planFailed && KeyCommand.retry.matches(key): retryGenesys()
        case _ where undoFailed && KeyCommand.retry.matches(key): runUndo()
        case _ where state.canKeepFailedRemoval && KeyCommand.keep.matches(key): keepFailedRemoval()
        case _ where onTestMessage && KeyCommand.skipTest.matches(key): goOn()
        case _ where onTestMessage && state.hasTestResult && KeyCommand.sendAgain.matches(key): sendTestMessage()
        case _ where state.screen == .summary && KeyCommand.undo.matches(key): enterThroughConnection(.undo)
        case _ where planFailed && KeyCommand.doByHand.matches(key): toggleByHand()
        case _ where state.canMakeItForMe && KeyCommand.makeItForMe.matches(key): makeItForMe()
        case _ where KeyCommand.copy.matches(key): copyFocusedValue()
        case _ where hasToken && KeyCommand.revealSecret.matches(key): state.secretRevealed.toggle()
        case _ where KeyCommand.pick.matches(key): openPicker()
        case _ where hasToken && KeyCommand.newToken.matches(key):
            effects.append(.generateSecretToken)
            state.notice = .tokenGenerated
        default:
            handleFieldKey(key)
        }
    }

    mutating func quit() {
        // Kept for the resume: moving the focus alone is never worth a write, but the last one is.
        if case .step = state.screen { state.saved.resumeFocus = state.focusedField }
        state.hasQuit = true
        effects.append(.quit)
    }
}
