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
        case .secretTokenGenerated(let token):
            state.secretToken = token
            if state.focusedField == .secretToken { state.cursor = token.count }
            state.errors[.secretToken] = nil
        case .checkpointSaved:
            state.unsavedBecause = nil
        case .checkpointSaveFailed(let failure):
            state.unsavedBecause = failure
        case .summaryWritten(let path):
            state.notice = .summaryWritten(path)
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
            } else if key == .control("c") || key == .character("q") {
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
            switch key {
            case .control("c"), .character("q"), .character("Q"): state.overlay = .confirmQuit
            case .function(1), .character("?"): state.overlay = .help
            default: break
            }
            return
        }
        if key != .function(2) { state.notice = nil }
        switch key {
        case .control("c"): state.overlay = .confirmQuit
        case .function(1): state.overlay = .help
        case .escape: goBack()
        case .enter: goNext()
        case .character(let letter) where state.screen == .plan && state.genesys.failure != nil
            && ["r", "g"].contains(letter.lowercased()):
            letter.lowercased() == "r" ? retryGenesys() : switchToGuided()
        case .tab, .down: moveFocus(by: 1)
        case .backTab, .up: moveFocus(by: -1)
        case .function(2): copyFocusedValue()
        case .function(3) where state.fields.contains(.secretToken): state.secretRevealed.toggle()
        case .function(5): openPicker()
        case .function(4) where state.fields.contains(.secretToken):
            effects.append(.generateSecretToken)
            state.notice = .tokenGenerated
        default:
            handleFieldKey(key)
        }
    }

    mutating func quit() {
        state.hasQuit = true
        effects.append(.quit)
    }
}
