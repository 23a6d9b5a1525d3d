extension Texts {
    static let english: Texts = Texts(
        appTitle: "omwizard · Open Messaging for Salesforce",
        languageName: "English",
        steps: StepTexts(
            stepName: { step in
                switch step {
                case .prerequisites: return "Prerequisites"
                case .queue: return "Queue"
                case .member: return "Member"
                case .flow: return "Flow"
                case .integration: return "Integration"
                case .route: return "Route"
                case .salesforce: return "Salesforce"
                }
            },
            progress: { number, total, name in "Step \(number) of \(total): \(name)" },
            whyLabel: "Why: ",
            whereLabel: "Where: ",
            why: { step in
                switch step {
                case .prerequisites:
                    return "The chapter needs admin rights on both sides and the package already installed."
                case .queue:
                    return "Messages routed from Salesforce land in a Genesys queue; Salesforce lists it later."
                case .member:
                    return "Only queue members receive its messages: your user must be one to test the routing."
                case .flow:
                    return "The inbound message flow is what sends each new message to the queue."
                case .integration:
                    return "The Open Messaging integration is the door Salesforce's messages come in through."
                case .route:
                    return "The route tells Genesys which flow handles messages arriving at the integration."
                case .salesforce:
                    return "Retrieve Options copies the queues and integrations into Salesforce's picklists."
                }
            },
            instructions: { step, answers, status in
                let queue = quotedEN(answers.queueName)
                switch step {
                case .prerequisites:
                    return ["Genesys Cloud: Admin › People & Permissions › People › your user › Roles",
                            "Salesforce: Setup › Installed Packages"]
                case .queue:
                    return answers.queueOrigin == .new
                        ? ["Genesys Cloud: Admin › Contact Center › Queues › Create Queue",
                           "Name it \(queue), then Save."]
                        : ["Genesys Cloud: Admin › Contact Center › Queues",
                           "Find the queue and type its exact name below."]
                case .member:
                    return answers.memberOrigin == .new
                        ? ["Genesys Cloud: Admin › Contact Center › Queues › \(queue) › Members",
                           "Add Members › the user with this email › Add."]
                        : ["Genesys Cloud: Admin › Contact Center › Queues › \(queue) › Members",
                           "Check that the user with this email is listed."]
                case .flow:
                    if answers.flowOrigin == .existing {
                        return ["Genesys Cloud: Admin › Architect › Inbound Message",
                                "Pick a published flow that transfers to the queue \(queue); type its exact name below."]
                    }
                    if status == .stale {
                        return ["Genesys Cloud: Admin › Architect › Inbound Message › \(quotedEN(answers.flowName)) › Edit",
                                "Point Transfer to ACD at the queue \(queue), then Publish again."]
                    }
                    // Resource Center, "Create a flow" (Architect): Add, then the name in the Create Flow dialog.
                    return ["Genesys Cloud: Admin › Architect › Inbound Message › Add",
                            "Name it \(quotedEN(answers.flowName)) in the Create Flow dialog, then Create Flow.",
                            "Initial State: drag Transfer to ACD below Start, queue \(queue). Then Publish."]
                case .integration:
                    // Resource Center, "Configure an Open Messaging integration": Add Platform, Add on the Open
                    // Messaging tile, and the fields' labels as Genesys writes them.
                    return ["Genesys Cloud: Admin › Message › Platforms › Add Platform › Add (Open Messaging tile)",
                            "Name, Outbound Notification Webhook URL and … Signature Secret Token: the values below, then Save.",
                            "The chapter's token “123” is too short for Genesys, which takes only more than 15 characters."]
                case .route:
                    // Resource Center, "Message routing overview": the newer menu, then the older one; the button is Add.
                    return ["Genesys Cloud: Menu › Orchestration › Routing › Message Routing › Add",
                            "(older menu: Admin › Routing › Message Routing › Add)",
                            "Flow: \(quotedEN(answers.flowName)) (step 4). Address: \(quotedEN(answers.integrationName)) (step 5). Then Save."]
                case .salesforce:
                    return ["Salesforce: Setup › Installed Packages",
                            "Genesys Cloud for Salesforce External Routing › Configure › Retrieve Options",
                            "It should then list the queue \(queue) and the integration \(quotedEN(answers.integrationName))."]
                }
            },
        ),
        chrome: ChromeTexts(
            modeName: { mode in
                switch mode {
                case .guided: return "Guided"
                case .verify(.real): return "Verify"
                case .automatic(.real): return "Automatic"
                case .verify(.practice), .automatic(.practice): return "Practice"
                }
            },
            profileLabel: "profile",
            keysStep: "Enter Next · Esc Back · Tab Field · \(key(.help)) Help · \(key(.copy)) Copy · Ctrl-C Quit",
            keysWelcome: { resuming in
                (resuming ? "Enter Continue" : "Enter Start") + " · ←/→ Change · Tab Field · \(key(.help)) Help · Esc Quit"
            },
            keysSummary: "Enter Finish · \(key(.writeSummary)) Save summary · \(key(.undo)) Undo · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
            summaryWrites: { path in "\(key(.writeSummary)) saves this summary as Markdown to \(path)" },
            tokenKeys: "\(key(.revealSecret)) show/hide · \(key(.newToken)) new token · longer than 15 characters",
        ),
        fields: FieldTexts(
            fieldLabel: { field in
                switch field {
                case .language: return "Language"
                case .mode: return "Mode"
                case .location: return "Region or address"
                case .clientID: return "Client id"
                case .clientSecret: return "Client secret"
                case .practiceRuns: return "Practise with"
                case .resume: return "Progress"
                case .genesysAdmin: return "I am an admin of the Genesys Cloud CX org"
                case .salesforceAdmin: return "I am an admin of the Salesforce org"
                case .packageInstalled: return "“Genesys Cloud for Salesforce External Routing” is installed"
                case .queueOrigin: return "Queue"
                case .queueName: return "Queue name"
                case .queueDone: return "The queue exists in Genesys Cloud"
                case .memberEmail: return "User's email"
                case .memberOrigin: return "Membership"
                case .memberDone: return "The user is a member of the queue"
                case .flowOrigin: return "Flow"
                case .flowName: return "Flow name"
                case .flowDone: return "The flow is published"
                case .integrationName: return "Name"
                case .webhookURL: return "Webhook URL"
                case .secretToken: return "Secret token"
                case .integrationDone: return "The integration is saved in Genesys Cloud"
                case .routeDone: return "The message route is saved"
                case .salesforceSetup: return "1. Opened Setup in Salesforce"
                case .salesforceInstalledPackages: return "2. Found Installed Packages"
                case .salesforceConfigure: return "3. Clicked Configure on the External Routing package"
                case .salesforceRetrieveOptions: return "4. Pressed Retrieve Options"
                case .testMessageText: return TestMessageTexts.english.fieldLabel
                }
            },
            originOption: { step, origin in
                let existing = origin == .existing
                switch step {
                case .queue: return existing ? "Use an existing one" : "Create a new one"
                case .member: return existing ? "Already a member" : "Add now"
                case .flow: return existing ? "Reuse a published one" : "Create a new one"
                case .prerequisites, .integration, .route, .salesforce: return ""
                }
            },
            resumeOption: { resume, name in resume ? "Resume at \(name)" : "Start over" },
            issue: { field, issue in
                switch issue {
                case .required:
                    switch field {
                    case .location: return "Required: the org's region, like eu-west-1 or mypurecloud.ie."
                    case .clientID: return "Required: the OAuth client's id."
                    case .clientSecret: return "Required: the OAuth client's secret."
                    case .memberEmail: return "Required: the email of the user to add to the queue."
                    case .testMessageText: return "Required: a sentence to send."
                    // Names (the rest cannot be left empty: choices and ticks are never required).
                    case .queueName, .flowName, .integrationName, .webhookURL, .secretToken,
                         .language, .mode, .resume, .practiceRuns, .genesysAdmin, .salesforceAdmin, .packageInstalled,
                         .queueOrigin, .queueDone, .memberOrigin, .memberDone, .flowOrigin, .flowDone, .integrationDone,
                         .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
                         .salesforceRetrieveOptions:
                        return "Required: type the name exactly as in Genesys Cloud."
                    }
                case .notChecked:
                    switch field.step {
                    case .prerequisites?:
                        return "Needed before the chapter."
                    case .salesforce?:
                        return "Not done in Salesforce yet."
                    case .queue?, .member?, .flow?, .integration?, .route?, nil:
                        return "Not done in Genesys Cloud yet."
                    }
                case .invalidEmail: return "Not an email address (like name@example.com)."
                case .urlNotHTTPS: return "Genesys needs an https:// address."
                case .invalidURL: return "Not a web address (like https://example.com/hook)."
                case .tokenTooShort(let length):
                    return "Genesys needs more than 15 characters (this has \(length))."
                case .tokenHasSpaces: return "No spaces in the token."
                case .webhookPortNot443(let port):
                    return "Genesys sends webhooks to port 443 only (this says \(port)): remove “:\(port)” from the address."
                case .nameHasAsterisk:
                    return "No * in the name: Genesys's search reads it as “anything”, so the name could not be found."
                case .tooLong(let limit, let length?):
                    return "Too long: Genesys takes at most \(limit) characters here (this has \(length)). Shorten it."
                case .tooLong(let limit, nil):
                    return "Genesys takes at most \(limit) characters here: what came after them was not typed."
                }
            },
            keyToMend: { _, issue in
                switch issue {
                case .tokenTooShort, .tokenHasSpaces: return "\(key(.newToken)) makes one."
                case .tooLong(_, _?): return "Ctrl-U clears it."
                case .notChecked: return "Tick it with Space once it is."
                case .required, .invalidEmail, .urlNotHTTPS, .invalidURL, .webhookPortNot443, .nameHasAsterisk,
                     .tooLong(_, nil):
                    return nil
                }
            },
        ),
        welcome: WelcomeTexts(
            title: "Welcome",
            intro: "This wizard walks you through the chapter “Creating a Message Flow and Open Messaging Integration”: a queue, its member, an inbound message flow, an Open Messaging integration, the message route, then Salesforce's Retrieve Options. It says where to click, or does the Genesys steps itself through the API, and saves your progress after every change.",
            savedProgress: { finished, total in "Saved progress: \(finished) of \(total) steps finished." },
            savedIn: "Saved in",
        ),
        notices: NoticeTexts(
            statusLabel: { step, status in
                switch status {
                case .pending: return "pending"
                case .inProgress: return "in progress"
                case .done: return "done"
                case .skipped: return step == .member ? "already a member" : "already existed"
                case .stale: return "needs another look"
                }
            },
            notice: { notice in
                switch notice {
                case .madeStale(let step, let steps):
                    let names = steps.map { Texts.english.steps.stepName($0) }.joined(separator: ", ")
                    return "\(Texts.english.steps.stepName(step)) changed: \(names) need another look."
                case .copied(let field):
                    return "Sent “\(Texts.english.fields.fieldLabel(field))” to the clipboard, if this terminal allows it."
                case .nothingToCopy: return "Move to a text field to copy its value."
                case .secretNotCopied: return "The client secret is never copied, not even to the clipboard."
                case .tokenGenerated: return "A new random token was generated."
                case .summaryWritten(let path, let replaced):
                    return "Summary saved to \(path)" + (replaced ? " (in place of the one written before)" : "")
                case .summaryFailed(let path, let failure):
                    return "Could not save \(path): \(Texts.english.notices.saveFailure(failure))"
                case .backupRestored: return "Restored the previous good copy of your progress."
                case .startedOver(let copy):
                    return copy.map { "Starting over. The previous progress is kept beside it as \(fileName($0))" }
                        ?? "Starting over."
                case .damagedSetAside(let path):
                    return "Starting fresh. The damaged file is kept beside it as \(fileName(path))"
                case .flowQueueNotChecked(let queue):
                return "The flow is published. Which queue it transfers to is not checked: make sure it is “\(queue)”."
            case .pasteRefused:
                return "Not pasted: the text holds a line break or a control character, and this field takes one line. Paste one line."
            case .pasteNeedsATextField:
                return "Pasting goes into a text field: Tab to one first."
            case .practiceOrgNotReset(let failure):
                    let reason = switch failure {
                    case .file(let failure): Texts.english.notices.saveFailure(failure)
                    case .noAnswer: "it did not answer"
                    case .refused(let status): "it answered \(status)"
                    }
                    return "The practice org could not be put back as new (\(reason)); it keeps what the last run made. Start over again, or quit and run omwizard reset."
                }
            },
            unsaved: { failure in
                "NOT SAVED: \(Texts.english.notices.saveFailure(failure)). Your answers are kept while it runs."
            },
            saveFailure: { failure in
                switch failure {
                case .diskFull: return "the disk is full; free some space"
                case .permissionDenied: return "permission denied; check the folder's owner"
                case .readOnlyFileSystem: return "the disk is read-only"
                case .missingFolder: return "the folder does not exist (any more)"
                case .notARegularFile: return "something other than a file (a pipe, a device, a folder) is in the way"
                case .other(let detail): return detail
                }
            },
        ),
        help: HelpTexts(
            title: { name in "Help: \(name)" },
            paragraphs: { screen in
                switch screen {
                case .welcome:
                    return ["Your progress is saved after every change, so you can quit at any time and resume later exactly where you were."]
                case .step(.prerequisites):
                    return ["Ask your Genesys Cloud administrator for the Admin role, and your Salesforce administrator for System Administrator. The package is installed from the workshop's chapter 30 (Installing and Configuring the Package)."]
                case .step(.queue):
                    return ["Any queue works, new or existing. Salesforce will list every queue of the org after Retrieve Options. If you use an existing one, type its name exactly."]
                case .step(.member):
                    return ["Add the user you will test with (usually yourself). A member who belongs through a group cannot be added directly: choose “Already a member”."]
                case .step(.flow):
                    return ["Architect opens from Admin › Architect, or Menu › Orchestration › Architect in the newer menu. The flow's Initial State needs a single Transfer to ACD action to the queue of step 2. You may add your own logic before publishing. A flow that was never published cannot be chosen for a message route."]
                case .step(.integration):
                    return ["The package does not use the webhook URL or the token, but Genesys requires both and refuses a token of 15 characters or fewer (the workshop's “123” fails). The token is never saved to disk; a new one is made if you come back later."]
                case .step(.route):
                    return ["The address is the Open Messaging integration of step 5; the flow is the inbound message flow of step 4."]
                case .step(.salesforce):
                    return ["Retrieve Options asks Genesys Cloud for its queues and messaging integrations. Afterwards the External Routing settings list the queue and integration above."]
                case .connect: return [GenesysTexts.english.helpConnect]
                case .plan: return [GenesysTexts.english.helpPlan]
                case .testMessage: return [TestMessageTexts.english.help]
                case .undo: return [UndoTexts.english.help]
                case .summary:
                    return ["This summary can be saved as Markdown, to share or to keep with your notes. The undo removes what this setup made, after showing what it will remove."]
                }
            },
            keyNote: { screen in
                switch screen {
                case .welcome: return "Choose the language and the mode with ←/→ (Tab moves between them)."
                case .step(.integration):
                    return "\(key(.copy)) sends a value to the clipboard through the terminal (OSC 52; in tmux: set -g set-clipboard on)."
                case .summary: return "\(key(.writeSummary)) saves it; \(key(.undo)) undoes the setup."
                case .plan: return "Enter does it; \(key(.retry)) retries; \(key(.doByHand)) leaves a step to you or gives it back."
                case .undo: return "After a failure, \(key(.retry)) tries again and \(key(.keep)) keeps that object and goes on."
                case .connect, .step, .testMessage: return nil
                }
            },
            keys: [
                "Enter   next (checks the fields)    Esc     back (keeps what you typed)",
                "Tab ↓   next field                  ⇧Tab ↑  previous field",
                "Space   tick / change a choice      \(key(.copy))      copy the field",
                "\(key(.help)) ?    this help                   Ctrl-C  quit (progress is saved)",
                "Ctrl-U  clear the field             Home    start of the field",
                "\(key(.revealSecret))      show / hide the token       End     end of the field",
                "\(key(.newToken))      a new token                 \(key(.pick))      pick from the org",
                "\(key(.quit))       quit (outside a text field) \(key(.makeItForMe))      make it (Verify, practice)",
                "\(key(.sendAgain))      send another test message   \(key(.skipTest))      go on without a test",
            ],
            legend: "✓ done  ↷ already there  › in progress  ! needs another look  · pending",
            close: "Esc or \(key(.help)) closes the help · line by line: omwizard --accessible",
        ),
        dialogs: DialogTexts(
            quitTitle: "Quit omwizard?",
            quitBody: { path, command, unsaved, hasProgress in
                if let unsaved {
                    return ["Your last changes could NOT be saved (\(Texts.english.notices.saveFailure(unsaved))).",
                            "Quitting now loses them."]
                }
                return hasProgress ? ["Your progress is saved in", path, "Run “\(command)” to resume."]
                    : ["Nothing to save yet."]
            },
            quitKeys: "\(key(.yes)) quit · \(key(.no)) stay",
            startOverTitle: "Start over?",
            startOverBody: { path in
                ["Every answer and step status will be cleared.",
                 "A copy of the current progress is kept beside it, as \(path).reset-<date>-<time>"]
            },
            startOverKeys: "\(key(.yes)) start over · \(key(.no)) keep my progress",
            damagedTitle: "The saved progress cannot be read",
            damagedBody: { problem in
                switch problem {
                case .empty(let path): return ["The file is empty:", path]
                case .corrupt(let path, let field):
                    return [field.map { "The file is damaged (field \($0)):" } ?? "The file is not a readable checkpoint:", path]
                case .newerVersion(let path, let found, let supported):
                    return ["A newer omwizard wrote this file (format \(found); this one reads \(supported)):",
                            path, "Update omwizard to resume it."]
                case .unreadable(let path, let detail): return ["The file cannot be read (\(detail)):", path]
                case .notAFile(let path):
                    return ["This is not a file (a pipe, a device or a folder):", path,
                            "Move it away, or give --checkpoint the path of a file."]
                }
            },
            damagedWithBackup: "A previous good copy (.bak) exists.",
            damagedWithoutBackup: "There is no readable backup (.bak).",
            damagedKeys: { hasBackup in
                hasBackup ? "\(key(.useBackup)) use the backup · \(key(.startFresh)) start fresh · \(key(.quit)) quit (nothing is changed)"
                    : "\(key(.startFresh)) start fresh · \(key(.quit)) quit (nothing is changed)"
            },
            tooSmall: { current, needed in
                ["The terminal is too small:",
                 "\(current.columns)x\(current.rows), omwizard needs \(needed.columns)x\(needed.rows).",
                 "Enlarge the window: until then keys are not used,",
                 "except Ctrl-C or \(key(.quit)) to quit (progress is saved)."]
            },
        ),
        summary: SummaryTexts(
            title: "Summary",
            line: { step, answers, status in
                switch step {
                case .prerequisites: return "admin rights and package confirmed"
                case .queue:
                    return quotedEN(answers.queueName) + (answers.queueOrigin == .existing || status == .skipped ? " (existing)" : " (new)")
                case .member:
                    return answers.memberEmail + (answers.memberOrigin == .existing || status == .skipped ? " (already a member)" : "")
                case .flow:
                    return quotedEN(answers.flowName) + (answers.flowOrigin == .existing || status == .skipped ? " (reused)" : " (new, published)")
                case .integration: return "\(quotedEN(answers.integrationName)) → \(answers.webhookURL)"
                case .route: return "\(quotedEN(answers.routeAddress)) → flow \(quotedEN(answers.routeFlow))"
                case .salesforce: return "Retrieve Options pressed"
                }
            },
            leftToDo: "Left to do:",
            nothingLeft: "Every step is finished.",
            nextChapter: "Next: chapter 50, “Service Channels, Routing Configurations & Queues”, in Salesforce: a Routing Configuration with the External Routing model.",
            tokenNotStored: "The webhook token is never stored.",
        ),
        commandLine: CommandLineTexts(
            unknownTerminal: { term, standIn in
                let missing = "This machine has no description of the terminal “\(term)” (TERM)"
                guard let standIn else {
                    return missing + ": set TERM to one it knows (infocmp -D lists where they are), e.g. TERM=xterm omwizard."
                }
                return missing + ": using \(standIn) instead. To use its own, install it (Debian: ncurses-term, or copy it with infocmp)."
            },
            locked: { path, holder in
                "Another omwizard\(holder.map { " (process \($0))" } ?? "") is using \(path). Finish it first, or use --profile NAME for a separate setup."
            },
            farewell: { path, command, finished in
                finished ? "Setup recorded in \(path). “\(command)” shows it again."
                    : "Progress saved in \(path). Run “\(command)” to resume."
            },
            endedUnsaved: { path, failure in
                "The last changes were NOT saved to \(path): \(Texts.english.notices.saveFailure(failure))."
            },
            checkpointOrProfile: "--checkpoint and --profile both choose the saved progress: give only one of them.",
            programMissing: { program, reason in
                "A program of omwizard cannot start (\(reason)): \(program). scripts/run builds it beside omwizard."
            },
            noCheckpoint: { path in "No progress saved yet at \(path)." },
            damagedOffer: { hasBackup in
                hasBackup ? "omwizard offers to go on from that copy, or to start fresh; nothing changes before you choose"
                    : "omwizard offers to start fresh, keeping this file aside; nothing changes before you choose"
            },
            statusNext: { name in "Next: \(name)" },
            resetDone: { backup in "Started over. The previous progress is kept in \(backup)." },
            nothingToReset: { path in "Nothing to reset: no progress saved at \(path)." },
            invalidProfile: { name in
                "“\(name)” is not a usable profile name: use letters, digits, “.”, “_” and “-” (not first)."
            },
            needsSecret: "Set GENESYSCLOUD_OAUTHCLIENT_SECRET (the OAuth client's secret, never saved) to reach the org.",
            exported: { paths in "Written: " + paths.joined(separator: ", ") + "." },
            nothingToExport: "Nothing to export yet: the setup's names are given in the wizard (scripts/run).",
            flowNotMadeHere: { flow in "The flow “\(flow)” existed before this setup, which has no file of it: Archy (archy export) writes one." },
        ),
        suggestions: SuggestionTexts(
            queueName: "Salesforce External Routing Queue",
            flowName: "Salesforce External Routing Flow",
            integrationName: "Salesforce External Routing Messaging",
        ),
        genesys: .english,
        testMessage: .english,
        undo: .english,
        scripted: .english
    )
}

/// A name in English quotes, or a pointer to the field when it is still empty.
func quotedEN(_ name: String) -> String {
    name.isEmpty ? "“…”" : "“\(name)”"
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.en) }
