extension ScriptedTexts {
    static let english = ScriptedTexts(
        fileHeader: { profile in
            ["omwizard answers file: the setup of the chapter «Creating a Message Flow and Open Messaging Integration».",
             "Written by `omwizard export answers` from the profile \(quotedEN(profile)). Apply it to one org or many with",
             "  omwizard apply --answers FILE --profile P [--profile Q ...]",
             "It holds no secret: each org's credentials come from the environment or --credentials-command."]
        },
        keyComment: { key in
            switch key {
            case .version: return ["The format of this file. omwizard refuses a version newer than it knows."]
            case .language: return ["The setup's language: es or en (its suggestions and the test message)."]
            case .queue: return ["Step 2: the queue the messages go to."]
            case .queueName: return ["Its name, at most 200 characters, without *. Genesys compares names ignoring case."]
            case .queueOrigin:
                return ["new: created unless a queue of that name exists (then it is used); existing: it must exist."]
            case .member: return ["Step 3: the Genesys user who answers the messages."]
            case .memberEmail: return ["Their email: the user must exist; they are added to the queue unless already in it."]
            case .flow: return ["Step 4: the inbound message flow."]
            case .flowName: return ["Its name, at most 200 characters, without *."]
            case .flowOrigin:
                return ["new: published by omwizard (it transfers every message to the queue); existing: a flow",
                        "already published, used as it is (a flow omwizard did not make is never overwritten)."]
            case .integration: return ["Step 5: the Open Messaging integration."]
            case .integrationName: return ["Its name, at most 200 characters, without *."]
            case .webhookURL:
                return ["Where Genesys sends the agents' replies: https on port 443. The Salesforce package never",
                        "calls it, so any https address will do."]
            case .webhookTokenVariable:
                return ["Optional: the environment variable that holds the webhook signature token (16 to 255",
                        "characters, no spaces). Without it, each org gets a new random token."]
            case .testMessage: return ["Optional: the test message of apply --test-message."]
            case .testMessageText: return ["What it says."]
            }
        },
        problem: { problem in
            switch problem {
            case .unreadable(let reason): return "cannot be read: \(reason)"
            case .notYAML(let reason): return "not YAML: \(reason)"
            case .unknownKey(let expected):
                return "no such key here (expected one of: \(expected.joined(separator: ", ")))"
            case .repeatedKey: return "given twice"
            case .missing: return "missing"
            case .wrongKind(let expected):
                switch expected {
                case .text: return "must be a text, not a list or a section"
                case .number: return "must be a whole number"
                case .choice(let values): return "must be one of: \(values.joined(separator: ", "))"
                case .section: return "must be a section of keys, indented below it"
                }
            case .newerVersion(let version):
                return "version \(version) is newer than this omwizard reads (\(ScriptedAnswers.currentVersion)): update omwizard"
            case .secretInFile:
                return "a secret never goes in this file: put the token in an environment variable and name it in integration.webhook_token_env"
            case .variableNotSet(let name): return "the environment variable \(name) is not set"
            case .invalid: return ""
            }
        },
        orgHeading: { profile, location in "[\(profile)] \(location)" },
        lookingUp: "Looking up what exists…",
        nothingToDo: "Nothing to do: every Genesys step is already done.",
        profileRepeated: { profile in "The profile \(quotedEN(profile)) is given twice." },
        profilesShareVariables: { first, second, suffix in
            "The profiles \(quotedEN(first)) and \(quotedEN(second)) would read the same variables (…_\(suffix)): rename one."
        },
        parallelRange: "--parallel takes 1 to 16 orgs at once.",
        confirm: { orgs in orgs == 1 ? "Carry out this plan? [y/N] " : "Carry out these plans in \(orgs) orgs? [y/N] " },
        needsYes: "Nothing was changed: without a terminal to ask, apply changes the orgs only with --yes.",
        cancelled: "Nothing was changed.",
        planOnly: "--plan-only: nothing was changed.",
        noCredentials: { profile, variables in
            "No credentials for \(quotedEN(profile)): set \(variables.joined(separator: " and ")), or name a --credentials-command."
        },
        credentialsCommandFailed: { command, reason in "The credentials command \(quotedEN(command)) failed: \(reason)" },
        credentialsCommandIncomplete: { command, missing in
            "The credentials command \(quotedEN(command)) printed no \(missing.joined(separator: " or ")) (one NAME=value per line)."
        },
        noLocation: { profile, variable in
            "Which org is \(quotedEN(profile))? Set \(variable) (a region such as eu-west-1, or an API address)."
        },
        undoUnderWay: { command in "An undo of this setup is under way: finish it first with `\(command)`." },
        checking: "Checking every step in the org, as Verify mode does…",
        checked: "✓ Checked in the org: every Genesys step is as the answers say.",
        leftToYou: { command in
            "Left to you: Salesforce's Retrieve Options (step 7); `\(command)` opens that step with where to click."
        },
        tableOrg: "Org",
        tableTest: "Test",
        tableTime: "Time",
        outcome: { outcome in
            switch outcome {
            case .made: return "made"
            case .reused: return "reused"
            case .willMake: return "to make"
            case .willReuse: return "to reuse"
            case .byHand: return "by hand"
            case .failed: return "FAILED"
            case .blocked: return "BLOCKED"
            case .checkFailed: return "CHECK FAILED"
            case .notReached: return "-"
            case .reached: return "reached"
            case .notDelivered: return "NOT REACHED"
            case .leftToYou: return "yours"
            case .done: return "done"
            }
        },
        totals: { done, leftToYou, failed in
            "Orgs: \(done + leftToYou + failed). Done: \(done); Salesforce left to you: \(leftToYou); failed: \(failed)."
        }
    )
}
