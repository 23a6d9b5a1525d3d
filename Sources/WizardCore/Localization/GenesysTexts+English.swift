extension GenesysTexts {
    static let english: GenesysTexts = GenesysTexts(
        modeHelp: { mode in
            switch mode {
            case .guided: return "You click in Genesys Cloud; the wizard says where and remembers."
            case .verify(.real): return "You click; the wizard checks each step through the API."
            case .automatic(.real): return "The wizard does the Genesys steps through the API, after a plan."
            case .verify(.practice), .automatic(.practice): return "Automatic or Verify, on a practice org on this machine."
            }
        },
        connectTitle: "Connect to Genesys Cloud",
        connectIntro: "An OAuth client of the org with the Client Credentials grant (Admin › Integrations › OAuth). Region: its key or domain (eu-west-1, mypurecloud.ie). The secret stays in memory, never on disk.",
        connectPermissions: "Its role needs: directory:user:view, routing:queue:view/add/edit/search, architect:flow:view/add/edit/publish, architect:job:create/view, messaging:integration:view/add, routing:message:manage. The test message: conversation:message:receive, conversation:communication:disconnect. An undo: routing:queue:delete, architect:flow:delete, messaging:integration:delete.",
        connectPractice: "The wizard starts a practice org on 127.0.0.1 (kept between runs in a file beside your progress) and logs in to it. Nothing reaches a real org. Choose how to practise: Automatic (the wizard does the Genesys steps) or Verify (you do them through the practice org's API; the wizard checks), then press Enter.",
        connectedTo: { name in "Connected to \(name)" },
        busy: { busy, answers in
            switch busy {
            case .connecting: return "Logging in…"
            case .surveying: return "Looking up what already exists…"
            case .applying(let step):
                switch step {
                case .queue: return "Creating the queue “\(answers.queueName)”…"
                case .member: return "Adding \(answers.memberEmail) to the queue…"
                case .flow: return "Publishing the flow “\(answers.flowName)” (Architect job)…"
                case .integration: return "Creating the integration “\(answers.integrationName)” (it takes a moment)…"
                case .route: return "Binding the message route…"
                case .prerequisites, .salesforce: return "Working…"
                }
            case .checking(let step):
                return step == .salesforce ? "Checking what Retrieve Options will list…" : "Checking in Genesys Cloud…"
            case .sendingTestMessage: return TestMessageTexts.english.sending
            case .followingTestMessage(let seconds): return TestMessageTexts.english.following(seconds)
            case .removing(let removal): return UndoTexts.english.removal(removal) + "…"
            }
        },
        planTitle: "Plan",
        planIntro: "What the wizard will do in Genesys Cloud. Nothing is created twice: what exists is reused.",
        planLine: { step, action, answers in
            if case .blocked(let finding) = action { return "✗ " + GenesysTexts.english.finding(finding) }
            switch step {
            case .queue:
                return action == .create ? "Create the queue “\(answers.queueName)”" : "Use the existing queue “\(answers.queueName)”"
            case .member:
                return action == .add ? "Add \(answers.memberEmail) to the queue" : "\(answers.memberEmail) is already a member"
            case .flow:
                return action == .create ? "Publish the flow “\(answers.flowName)” → queue “\(answers.queueName)”"
                    : "Use the published flow “\(answers.flowName)”"
            case .integration:
                if action == .create { return "Create the Open Messaging integration “\(answers.integrationName)”" }
                if action == .awaitCreation { return "Wait until Genesys has created the integration “\(answers.integrationName)”" }
                return "Use the existing integration “\(answers.integrationName)”"
            case .route:
                guard case .bind(let replacing) = action else { return "The route already starts “\(answers.flowName)”" }
                return "Route “\(answers.integrationName)” → flow “\(answers.flowName)”"
                    + (replacing.map { " (instead of “\($0)”)" } ?? "")
            case .prerequisites, .salesforce:
                return ""
            }
        },
        planDone: { step, status, answers in
            let verb = status == .skipped ? "already there" : "done"
            switch step {
            case .queue: return "Queue “\(answers.queueName)”: \(verb)"
            case .member: return "\(answers.memberEmail) in the queue: \(verb)"
            case .flow: return "Flow “\(answers.flowName)”: \(verb)"
            case .integration: return "Integration “\(answers.integrationName)”: \(verb)"
            case .route: return "Route → “\(answers.flowName)”: \(verb)"
            case .prerequisites, .salesforce: return verb
            }
        },
        planFinished: "The Genesys steps are done. Enter goes on to Salesforce.",
        failure: { failure in
            switch failure {
            case .badCredentials:
                return "Genesys Cloud refused the login: check the client id, the secret and the region."
            case .notConnected:
                return "The wizard is not logged in to Genesys Cloud (any more): connect again."
            case .notALoginService(let status):
                return "No Genesys Cloud login at that address (\(status)): check the region (like eu-west-1) or the --api-base address."
            case .tokenRefused:
                return "Genesys Cloud refused a new access token: the OAuth client may have been deleted, disabled or changed. Check it (Admin › OAuth), then try again."
            case .missingPermission(let permission):
                return "The OAuth client's role lacks the permission \(permission): add it (Admin › Roles), then try again."
            case .notFound(let operation, let detail):
                return "Not found in Genesys Cloud; check the names, then try again: \(detail.isEmpty ? operation : "\(detail) (\(operation))")."
            case .duplicate(let operation): return "Something of that name already exists (\(operation)): choose another name, or reuse it."
            case .rejected(let status, let message):
                return "Genesys Cloud refused it (\(status)); change what it says, then try again: \(message)"
            case .rateLimited(let seconds): return "Genesys Cloud asks to wait \(seconds) s (too many requests), then try again."
            case .serverError(let status): return "Genesys Cloud has a problem (\(status)). Try again in a moment."
            case .timeout: return "Genesys Cloud did not answer in time. Check the network, then try again."
            case .unreachable(let detail):
                return detail.contains("127.0.0.1")
                    ? "Nothing answers at that address: is the practice org running? (\(detail))"
                    : "Cannot reach Genesys Cloud (\(detail)). Check the region and the network."
            case .tls(let detail): return "The secure connection failed (\(detail)). A proxy? Check the system's certificates."
            case .noHTTPLibrary(let detail): return "HTTPS needs libcurl, which is missing (\(detail)): apt-get install libcurl4."
            case .unexpectedResponse(let detail):
                return "Genesys Cloud answered something unexpected; try again, and if it lasts check the region or --api-base: \(detail)"
            case .flowPublishFailed(let messages):
                return "Architect could not publish the flow; mend what it says (the queue must exist), then try again, or publish it by hand: \(messages)"
            case .integrationFailed(let message):
                return "Genesys Cloud could not create the integration; delete it (Admin › Message › Platforms), then try again: \(message)"
            case .practiceOrgFailed(let detail): return "The practice org did not start; mend what it says, then Enter: \(detail)"
            case .practiceProgramMissing(let path):
                return Texts.english.commandLine.programMissing(path, "it is not there") + " Then Enter."
            case .blocked(let finding): return GenesysTexts.english.finding(finding)
            case .unknownLocation(let text):
                return "“\(text)” is not a region (like eu-west-1 or mypurecloud.ie) nor an https:// address."
            case .plainHTTPToAnotherHost: return "Only https:// is allowed, except to this computer or a private network address such as 192.168.1.20 (a practice org, a trainer's room)."
            case .requestFailed(let detail): return "The request could not be sent; check the address, then try again: \(detail)"
            case .progressNotSaved(let failure):
                return "Nothing was sent to Genesys Cloud: the progress could not be saved first (\(Texts.english.notices.saveFailure(failure))). Mend that, then try again."
            case .routeNotTaken(let integration):
                return "Genesys accepted the route of “\(integration)” but does not show it yet: try again in a moment."
            case .setupInAnotherOrg(let recorded, let connected):
                return "This setup made objects in “\(recorded)”, and the wizard is connected to “\(connected)”: nothing was done there. Connect to “\(recorded)” again (its region or address), undo the setup there first, or set up this org in another profile (--profile NAME)."
            }
        },
        failureKeys: { failure in
            switch failure {
            case .notConnected: return "Esc goes back, to connect again."
            case .flowPublishFailed: return "\(key(.retry)) retries; \(key(.doByHand)) leaves it to you."
            case .blocked: return "Esc goes back to change it."
            case .badCredentials, .notALoginService, .tokenRefused, .missingPermission, .notFound, .duplicate, .rejected,
                 .rateLimited, .serverError, .timeout, .unreachable, .tls, .noHTTPLibrary, .unexpectedResponse,
                 .integrationFailed, .practiceOrgFailed, .practiceProgramMissing, .unknownLocation, .plainHTTPToAnotherHost,
                 .requestFailed, .progressNotSaved, .routeNotTaken, .setupInAnotherOrg:
                return nil
            }
        },
        finding: { finding in
            switch finding {
            case .queueMissing(let name): return "No queue named “\(name)” in the org."
            case .userMissing(let email): return "No user with the email \(email) in the org."
            case .notAMember(let email, let queue): return "\(email) is not a member of the queue “\(queue)”."
            case .flowMissing(let name): return "No inbound message flow named “\(name)”."
            case .flowNotPublished(let name): return "The flow “\(name)” exists but is not published."
            case .flowNameTaken(let name):
                return "A flow named “\(name)” already exists and omwizard did not make it: reuse it, or choose another name."
            case .integrationMissing(let name): return "No Open Messaging integration named “\(name)”."
            case .integrationNotReady(let name): return "The integration “\(name)” is still being created; wait, then Enter."
            case .integrationBroken(let name):
                return "Genesys could not create the integration “\(name)”: delete it (Admin › Message › Platforms) or choose another name."
            case .routeMissing(let integration): return "The address “\(integration)” has no message route yet."
            case .routeToOtherFlow(let integration, let flow, let current):
                return "The route of “\(integration)” starts “\(current)”, not “\(flow)”."
            case .retrieveOptionsMissesQueue(let name):
                return "Retrieve Options will not list the queue “\(name)” (needs routing:queue:search)."
            case .retrieveOptionsMissesIntegration(let name):
                return "Retrieve Options will not list the integration “\(name)”."
            }
        },
        keysConnect: "Enter Connect · Esc Back · Tab Field · \(key(.help)) Help · Ctrl-C Quit",
        keysConnectPractice: "Enter Start the practice org · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysStepPractice: "Enter Check · \(key(.makeItForMe)) Make it for me · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        practiceVerifyNote: { address in
            "Practice org at \(address): it has no pages to click in. \(key(.makeItForMe)) makes this step there for you, as the admin would; Enter checks it."
        },
        automaticNote: "omwizard does this step itself once you confirm its plan. By hand it would be:",
        keysPlanReady: "Enter Do it · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysPlanFailed: { choice in
            let byHand = switch choice {
            case .leaveToTheAdmin?: "\(key(.doByHand)) Do it by hand (Guided) · "
            case .giveBackToTheWizard?: "\(key(.doByHand)) Let the wizard do it · "
            case nil: ""
            }
            return "\(key(.retry)) Retry · " + byHand + "Esc Back · Ctrl-C Quit"
        },
        keysPlanDone: "Enter Next · Esc Back · \(key(.help)) Help · Ctrl-C Quit",
        keysBusy: "Please wait… · \(key(.help)) Help · Ctrl-C Quit (progress is saved)",
        startOverPractice: "The practice org goes back to its seed as well (five users, four queues).",
        practiceOrgSetAside: { path in "The practice org starts again from its seed; the old one is kept in \(path)." },
        quitWhileBusy: "A step is under way in Genesys Cloud: the next run finds what it made, and never makes it twice.",
        pickerHint: { kind in kind == .queue ? "\(key(.pick)): pick from the org's queues" : "\(key(.pick)): pick from the org's inbound message flows" },
        pickerTitle: { kind in kind == .queue ? "Queues of the org" : "Inbound message flows of the org" },
        pickerSearch: "Search: ",
        pickerLoading: "Searching…",
        pickerNothing: { query in query.isEmpty ? "Nothing in the org yet." : "Nothing whose name contains “\(query)”." },
        pickerPage: { page, pages, total in "Page \(page) of \(pages)" + (total.map { " · \($0) in all" } ?? "") },
        pickerKeys: "Type to search · ↑↓ Choose · PgUp/PgDn Page · Enter Use it · Esc Close",
        helpConnect: "Create the OAuth client in Genesys Cloud: Admin › Integrations › OAuth › Add Client, grant type Client Credentials, with a role that has the permissions listed. GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET and GENESYSCLOUD_REGION fill these fields; --api-base points at another address (a practice org).",
        helpDoneByTheWizard: { step in
            switch step {
            case .queue:
                return "omwizard looks for a queue of this name and uses it if it exists; otherwise it creates it, unless you said the queue exists: then the plan says it is missing before anything is made."
            case .member:
                return "omwizard finds the user by email and adds them to the queue, unless they are a member already. A user the org does not have stops the plan before anything is made."
            case .flow:
                return "omwizard reuses the published flow of this name if you chose an existing one. Otherwise it publishes, through Architect, an inbound message flow whose Initial State transfers to the queue of step 2 (Transfer to ACD); it never overwrites a flow of this name that it did not make."
            case .integration:
                return "omwizard uses the Open Messaging integration of this name if there is one; otherwise it creates it with this webhook URL and token. Then it waits until Genesys has completed it. The package uses neither value, but Genesys requires both and refuses a token of 15 characters or fewer. The token is never saved to disk."
            case .route:
                return "omwizard makes the integration's message route start the flow of step 4, then reads the route back to confirm it."
            case .prerequisites, .salesforce:
                return ""
            }
        },
        helpPlan: "The wizard looks up what exists, then shows what it will do, and does it step by step. Each step's intent is saved first, so a run that was stopped finds what it made and never makes it twice. A failed step can be retried, or left to you (Guided). Practice does every step itself.",
    )
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.en) }
