extension LineTexts {
    static let english = LineTexts(
        chosen: { reason in
            switch reason {
            case .asked: return nil
            case .dumbTerminal: return "This terminal cannot draw the full screen (TERM is dumb or not set): omwizard asks its questions line by line, as with --accessible."
            case .notATerminal: return "Input or output is not a terminal: omwizard asks its questions line by line, as with --accessible."
            }
        },
        opening: "omwizard, line by line. Enter keeps the value in brackets. Type ? at any question for the commands.",
        error: { text in "Error: " + text },
        yes: "yes",
        no: "no",
        yesOrNo: "(yes or no)",
        answerYesOrNo: "Answer yes or no.",
        notice: { notice in
            switch notice {
            case .nothingToCopy: return "Only a value typed at a question can be copied."
            case .pasteRefused: return "That answer holds a control character; nothing was changed. Type it again."
            default: return nil
            }
        },
        range: { count in "(1 to \(count))" },
        chooseANumber: { count in "Type a number from 1 to \(count)." },
        secretHint: { isSet in isSet ? "(not shown as you type) [kept]" : "(not shown as you type)" },
        tokenHint: { length in length == 0 ? "(none yet: type token for one)" : "[\(length) characters, not shown; type copy to see it]" },
        mend: { _, issue in
            switch issue {
            case .notChecked: return "Answer yes once it is."
            case .tokenTooShort, .tokenHasSpaces: return "Type token for a new one."
            case .required, .invalidEmail, .urlNotHTTPS, .invalidURL, .webhookPortNot443, .nameHasAsterisk, .tooLong:
                return nil
            }
        },
        stillWorking: { seconds in "Still working: \(seconds) seconds." },
        finishedAfter: { seconds in "Finished after \(seconds) seconds." },
        whatNext: "What next",
        action: { action in
            switch action {
            case .carryOutThePlan: return "Carry out the plan"
            case .retry: return "Try again"
            case .leaveToTheAdmin: return "Do this step by hand (Guided), and go on with the others"
            case .giveBackToTheWizard: return "Let the wizard do the steps left to you"
            case .back: return "Go back"
            case .goOn: return "Go on"
            case .finish: return "Finish"
            case .writeSummary(let path): return "Save this summary as Markdown to \(path)"
            case .undo: return "Undo this setup"
            case .removeThem: return "Remove them"
            case .removedByHand: return "I removed them"
            case .keepAndGoOn: return "Keep this one and go on"
            case .stopTheUndo: return "Stop the undo here"
            case .startAgain: return "Start again"
            case .quit: return "Quit"
            case .sendTestMessage(let text): return "Send the test message “\(text)”"
            case .changeTheText: return "Change the text, then send it"
            case .goOnWithoutATest: return "Go on without a test"
            case .sendAnother: return "Send another"
            case .useBackup: return "Use the backup"
            case .startFresh: return "Start fresh (the file is set aside)"
            case .leaveItAlone: return "Quit, and change nothing"
            }
        },
        command: { command in
            switch command {
            case .commands: return "?"
            case .back: return "back"
            case .help: return "help"
            case .status: return "status"
            case .copy: return "copy"
            case .token: return "token"
            case .make: return "make"
            case .quit: return "quit"
            }
        },
        commandList: [
            "Commands, at any question:",
            "back: the question before; at a screen's first question, the screen before. What you typed is kept.",
            "help: what this screen is for.",
            "status: where each step stands, and where your progress is saved.",
            "copy: shows this question's value plainly (never the OAuth client secret).",
            "token: a new webhook signature token (step 5).",
            "make: the wizard makes this step on a practice org (Verify mode).",
            "quit: stops here; your progress is saved, and omwizard resumes where you stopped.",
            "Enter keeps the value in brackets. To answer with one of these words, type \\ before it.",
        ],
        noTokenHere: "There is no webhook token on this screen (it is on step 5).",
        nothingToMakeHere: "make works only on a Genesys step, in Verify mode, on a practice org.",
        inputEnded: "The input ended.",
        savedAgain: "Your progress is saved again.",
        statusHeading: { path in "Where each step stands (saved in \(path)):" },
        helpNote: { screen in
            switch screen {
            case .welcome: return "Choose the language and the mode by their numbers."
            case .step(.integration): return "Type copy at the token's question to see it, to type it into Genesys Cloud."
            case .connect, .step, .plan, .testMessage, .summary, .undo: return nil
            }
        },
        practiceVerifyNote: { address in
            "Practice org at \(address): it has no pages to click in. Type make and the wizard makes this step there for you, as the admin would; answer yes to have it checked."
        }
    )
}
