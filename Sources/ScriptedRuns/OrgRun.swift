import AnswersFiles
import CheckpointStorage
import DurableFiles
import GenesysSetup
import WizardCore
import WizardServices

/// One org of an `apply`: its profile's checkpoint, locked, and the wizard's own state driven through the
/// same reducer as the full screen, screen by screen, the way an admin presses Enter on each: connect, the
/// steps' answers, the plan (Automatic mode's), then Verify's checks and, if asked, the test message.
/// Everything the wizard saves is saved here too, so an interrupted run resumes where it stopped and never
/// makes anything twice. Used by one thread at a time.
final class OrgRun: @unchecked Sendable {
    let profile: String
    let location: CheckpointLocation
    private(set) var report: OrgReport
    private var session: LineSession?
    /// The profile's checkpoint, locked while this run works on it.
    private let store: CheckpointStore
    private var credentials: Result<Credentials, ScriptedFailure>?
    private let output: ApplyOutput
    /// The user's language, for every line printed (the setup's own language is the answers file's).
    private let texts: Texts
    private let clock = ContinuousClock()
    private var elapsed: Duration = .zero

    init(profile: String, texts: Texts, output: ApplyOutput) {
        self.profile = profile
        location = CheckpointLocation(profile: profile)
        store = CheckpointStore(path: location.checkpointPath)
        report = OrgReport(profile: profile, checkpoint: location.checkpointPath)
        self.texts = texts
        self.output = output
    }

    var isFailed: Bool { report.problem != nil }

    /// Whether carrying out the plan would change the org (or send a test message, when asked).
    func hasWork(testMessage: Bool) -> Bool {
        guard let session, !isFailed else { return false }
        return !session.state.genesysStepsFinished || testMessage
    }

    // MARK: - The plan

    /// The org's credentials, found before any org is worked on: one after the other, since a credentials
    /// command may ask for a passphrase on the terminal.
    func findCredentials(_ source: CredentialSource) {
        let saved = if case .loaded(let checkpoint) = store.load() { checkpoint.connection.location } else { "" }
        credentials = source.credentials(for: profile, savedLocation: saved, texts: texts.scripted)
    }

    /// Connects, gives the answers, and looks up what exists: the plan, printed in one block. Nothing is
    /// saved yet (the plan may be refused); `planOnly` does not even lock the checkpoint.
    func prepare(_ contents: AnswersFileContents, planOnly: Bool) {
        timed {
            if !planOnly {
                do {
                    try store.takeLock()
                } catch let locked as FileLocked {
                    return fail(texts.commandLine.locked(locked.path, locked.holder))
                } catch let failure as SaveFailure {
                    return fail(store.path + ": " + texts.notices.saveFailure(failure))
                } catch {
                    return fail(store.path + ": \(error)")
                }
            }
            let context = SessionContext(profile: profile, checkpointPath: store.path, summaryPath: "",
                                         resumeCommand: location.resumeCommand)
            var state = WizardState(language: contents.answers.language, size: .minimum, context: context)
            switch store.load() {
            case .none:
                break
            case .damaged(let damaged):
                return fail(texts.damagedCheckpointLine(damaged))
            case .loaded(let checkpoint):
                // The answers file says the setup's language: it is kept over the saved one.
                state.restore(checkpoint, keepLanguage: true)
            }
            if state.saved.isUndoing { return fail(texts.scripted.undoUnderWay(location.command("undo"))) }
            let credentials: Credentials
            switch self.credentials {
            case .failure(let failure)?: return fail(failure.message)
            case .success(let found)?: credentials = found
            case nil: return fail(texts.scripted.noCredentials(profile, [CredentialSource.clientIDName]))
            }
            report.org = credentials.location
            give(contents, credentials, to: &state)
            let session = LineSession(
                state: state, savedLanguage: contents.answers.language,
                store: UnsavedProgress(),
                genesys: SetupService(startPractice: { () throws(GenesysFailure) -> String in
                    throw .practiceOrgFailed("apply works on real orgs only")
                })
            )
            self.session = session
            // The connection screen's Enter, then each step's, as in the wizard; the last one enters the plan,
            // which looks up what exists.
            session.dispatch(.key(.enter))
            if stopped() { return }
            for step in StepID.allCases where step != .salesforce {
                guard session.state.screen == .step(step) else { break }
                session.dispatch(.key(.enter))
                if let notice = session.state.notice {
                    output.line(profile, texts.notices.notice(notice))
                    session.state.notice = nil
                }
                if stopped() { return }
            }
            guard session.state.screen == .plan, let survey = session.state.genesys.survey else {
                return fail(problem() ?? texts.scripted.lookingUp)
            }
            var lines = [texts.scripted.orgHeading(profile, credentials.location)]
            let answers = session.state.answers
            for step in StepID.genesysSteps {
                let status = session.state.status(step)
                let action = session.state.planAction(step, survey)
                lines.append("  " + (status.isFinished ? "✓ " + texts.genesys.planDone(step, status, answers)
                                                       : texts.genesys.planLine(step, action, answers)))
                report.steps[step] = status.isFinished ? finishedOutcome(step) : plannedOutcome(action)
            }
            if session.state.genesysStepsFinished { lines.append("  " + texts.scripted.nothingToDo) }
            output.block(lines)
            for step in StepID.genesysSteps where !session.state.status(step).isFinished {
                if case .blocked(let finding) = session.state.planAction(step, survey) {
                    return fail(texts.genesys.finding(finding), quietly: true)
                }
            }
        }
    }

    /// The answers as the steps' screens would hold them once typed, and the connection as typed on its screen.
    private func give(_ contents: AnswersFileContents, _ credentials: Credentials, to state: inout WizardState) {
        state.mode = .automatic(.real)
        state.connection.location = credentials.location
        state.connection.clientID = credentials.clientID
        state.clientSecret = credentials.secret
        contents.answers.fill(&state.answers)
        // Step 1's ticks are the admin's word that they may do this; running apply with an org's client is it.
        state.answers.genesysAdmin = true
        state.answers.salesforceAdmin = true
        state.answers.packageInstalled = true
        if let token = contents.webhookToken { state.secretToken = token }
        state.screen = .connect
        state.genesys.afterConnecting = .step(StepID.allCases[0])
    }

    // MARK: - Carrying it out

    /// Carries out the plan, one line per step as it is done; then checks every step in the org as Verify
    /// mode would, and sends the test message when asked.
    func carryOut(testMessage: Bool) {
        guard let session, !isFailed else { return }
        timed {
            // Agreed to: from now on the progress is saved, the answers first.
            session.store = store
            do throws(SaveFailure) {
                try session.store.save(session.state.saved)
            } catch {
                return fail(store.path + ": " + texts.notices.saveFailure(error))
            }
            if !session.state.genesysStepsFinished {
                var finished = Set(StepID.genesysSteps.filter { session.state.status($0).isFinished })
                session.dispatch(.key(.enter)) { state in
                    for step in StepID.genesysSteps where state.status(step).isFinished && !finished.contains(step) {
                        finished.insert(step)
                        report.steps[step] = finishedOutcome(step)
                        output.line(profile, "✓ " + texts.genesys.planDone(step, state.status(step), state.answers))
                    }
                    output.busy(profile, state.genesys.busy.map { texts.genesys.busy($0, state.answers) })
                }
                output.busy(profile, nil)
                if let problem = problem() {
                    if let step = session.state.genesys.failedStep { report.steps[step] = .failed }
                    if case .blocked? = session.state.genesys.failure {
                        for step in StepID.genesysSteps where !session.state.status(step).isFinished { report.steps[step] = .blocked }
                    }
                    for step in StepID.genesysSteps where report.steps[step] == .willMake || report.steps[step] == .willReuse {
                        report.steps[step] = .notReached
                    }
                    return fail(problem)
                }
            }
            check()
            if testMessage && !isFailed { sendTestMessage() }
            report.steps[.salesforce] = session.state.status(.salesforce).isFinished ? .done : .leftToYou
        }
    }

    /// Verify's checks, every Genesys step read back from the org.
    private func check() {
        guard let session else { return }
        output.line(profile, texts.scripted.checking)
        var allRight = true
        for step in StepID.genesysSteps {
            switch session.perform(.check(step, session.state.setupTargets)) {
            case .checked(_, let survey):
                let findings = Findings.of(step, session.state.answers, survey)
                for finding in findings {
                    report.findings.append(texts.genesys.finding(finding))
                    output.line(profile, "✗ " + texts.genesys.finding(finding))
                }
                if !findings.isEmpty {
                    report.steps[step] = .checkFailed
                    allRight = false
                }
            case .genesysFailed(let failure):
                return fail(texts.genesys.failure(failure))
            default:
                break
            }
        }
        if allRight {
            output.line(profile, texts.scripted.checked)
        } else {
            report.problem = report.findings.first
        }
    }

    /// The test message screen's Enter, as `omwizard test-message` presses it.
    private func sendTestMessage() {
        guard let session else { return }
        // The plan's Enter, once it is carried out, goes on to the test message.
        session.dispatch(.key(.enter))
        guard session.state.screen == .testMessage else { return }
        session.dispatch(.key(.enter)) { state in
            output.busy(profile, state.genesys.busy.map { texts.genesys.busy($0, state.answers) })
        }
        output.busy(profile, nil)
        let state = session.state
        guard case .tested(let outcome) = state.genesys.phase else {
            report.test = .failed
            return fail(problem() ?? texts.testMessage.notReady)
        }
        report.test = outcome.succeeded ? .reached : .notDelivered
        report.conversationID = state.saved.testMessage?.conversationID
        output.line(profile, texts.testMessage.outcome(outcome, state.answers))
        if !outcome.succeeded { report.problem = texts.testMessage.outcome(outcome, state.answers) }
    }

    // MARK: - Outcomes

    private func finishedOutcome(_ step: StepID) -> ScriptedOutcome {
        guard let state = session?.state else { return .notReached }
        if state.saved.manualSteps.contains(step) { return .byHand }
        if state.status(step) == .skipped { return .reused }
        return state.org.made[step] != nil ? .made : .byHand
    }

    private func plannedOutcome(_ action: PlanAction) -> ScriptedOutcome {
        switch action {
        case .create, .add, .bind, .awaitCreation: return .willMake
        case .reuse, .alreadyDone: return .willReuse
        case .blocked: return .blocked
        }
    }

    /// What the last event left wrong: a field's error, a failure, or a save that failed.
    private func problem() -> String? {
        guard let state = session?.state else { return nil }
        if let (field, issue) = state.errors.first {
            return texts.fields.fieldLabel(field) + ": " + texts.fields.issue(field, issue)
        }
        if let failure = state.genesys.failure { return texts.genesys.failure(failure) }
        if let failure = state.unsavedBecause { return state.context.checkpointPath + ": " + texts.notices.saveFailure(failure) }
        return nil
    }

    /// Ends this org's run with what went wrong, unless nothing did.
    private func stopped() -> Bool {
        guard let problem = problem() else { return false }
        fail(problem)
        return true
    }

    /// `quietly`: already said in the plan's block.
    private func fail(_ problem: String, quietly: Bool = false) {
        report.problem = problem
        if !quietly { output.line(profile, "✗ " + problem) }
    }

    private func timed(_ work: () -> Void) {
        elapsed += clock.measure(work)
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

/// `--plan-only`: the wizard's saves go nowhere, so the checkpoint stays as it was.
private final class UnsavedProgress: ProgressStore {
    func save(_ checkpoint: Checkpoint) throws(SaveFailure) {}
    func setAsideDamaged(stamp: String) throws(SaveFailure) -> String { "" }
    func archive(stamp: String) throws(SaveFailure) -> String? { nil }
    func sweepTemporaryFiles() -> Int { 0 }
}
