extension WizardState {
    /// The options of a choice field, in the order Left and Right step through them, and which one is
    /// selected: the full screen draws them side by side, the line mode numbers them.
    public func choices(_ field: FieldID, _ texts: Texts) -> (labels: [String], selected: Int) {
        switch field {
        case .language:
            return (Language.allCases.map { Texts.for($0).languageName }, Language.allCases.firstIndex(of: saved.language) ?? 0)
        case .resume:
            return ([texts.fields.resumeOption(true, texts.screenName(resumeScreen)), texts.fields.resumeOption(false, "")],
                    resumeChoice)
        case .mode:
            return (Mode.offered.map(texts.chrome.modeName), saved.mode.offeredIndex)
        case .practiceRuns:
            return ([texts.chrome.modeName(.automatic(.real)), texts.chrome.modeName(.verify(.real))], saved.mode.how == .automatic ? 0 : 1)
        case .queueOrigin, .memberOrigin, .flowOrigin:
            let origin = field.originPath.map { saved.answers[keyPath: $0] } ?? .new
            let step = field.step ?? .queue
            return (Origin.choiceOrder.map { texts.fields.originOption(step, $0) }, Origin.choiceOrder.firstIndex(of: origin) ?? 0)
        // Not choices: never drawn as one.
        case .location, .clientID, .clientSecret, .genesysAdmin, .salesforceAdmin, .packageInstalled, .queueName,
             .queueDone, .memberEmail, .memberDone, .flowName, .flowDone, .integrationName, .webhookURL, .secretToken,
             .integrationDone, .routeDone, .salesforceSetup, .salesforceInstalledPackages,
             .salesforceConfigure, .salesforceRetrieveOptions, .testMessageText:
            return ([], 0)
        }
    }
}
