/// The words of Verify and Automatic modes, in one language (a part of `Texts`).
public struct GenesysTexts: Sendable {
    /// One line under the mode choice: what the chosen mode does.
    public var modeHelp: @Sendable (Mode) -> String
    public var connectTitle: String
    /// What the wizard needs to reach a real org.
    public var connectIntro: String
    /// The permissions the OAuth client's role needs, as one paragraph.
    public var connectPermissions: String
    /// Practice mode: what the wizard starts, and that nothing leaves this machine.
    public var connectPractice: String
    public var connectedTo: @Sendable (String) -> String
    public var busy: @Sendable (GenesysBusy, Answers) -> String
    public var planTitle: String
    public var planIntro: String
    /// What the plan will do for a step not yet finished.
    public var planLine: @Sendable (StepID, PlanAction, Answers) -> String
    /// A finished step, in the plan.
    public var planDone: @Sendable (StepID, StepStatus, Answers) -> String
    public var planFinished: String
    /// What failed and what to do about it, in words that need no key: also said by the line mode, `apply`
    /// and the other commands.
    public var failure: @Sendable (GenesysFailure) -> String
    /// The full screen's keys for it ("Esc goes back to change it"), said after the failure there only.
    public var failureKeys: @Sendable (GenesysFailure) -> String?
    public var finding: @Sendable (Finding) -> String
    public var keysConnect: String
    public var keysConnectPractice: String
    /// A step screen's keys in Verify on a practice org, where F6 makes the step there.
    public var keysStepPractice: String
    /// Above the "where to click" in Verify on a practice org: its address, and what F6 does.
    public var practiceVerifyNote: @Sendable (_ address: String) -> String
    /// Above the "where to click" of a step that Automatic mode does itself.
    public var automaticNote: String
    public var keysPlanReady: String
    public var keysPlanFailed: @Sendable (ByHandChoice?) -> String
    public var keysPlanDone: String
    public var keysBusy: String
    /// Added to the start-over question in Practice mode.
    public var startOverPractice: String
    /// Printed by `omwizard reset` when it set the practice org aside too.
    public var practiceOrgSetAside: @Sendable (_ path: String) -> String
    /// Added to the quit question while Genesys Cloud is working.
    public var quitWhileBusy: String
    public var pickerHint: @Sendable (PickerKind) -> String
    public var pickerTitle: @Sendable (PickerKind) -> String
    public var pickerSearch: String
    public var pickerLoading: String
    public var pickerNothing: @Sendable (_ query: String) -> String
    public var pickerPage: @Sendable (_ page: Int, _ pages: Int, _ total: Int?) -> String
    public var pickerKeys: String
    public var helpConnect: String
    /// The help of a step that the wizard does itself: what it will do, in place of where to click.
    public var helpDoneByTheWizard: @Sendable (StepID) -> String
    public var helpPlan: String
}
