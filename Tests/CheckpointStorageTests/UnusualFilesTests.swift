import FoundationEssentials
import Glibc
import Testing
@testable import CheckpointStorage
import WizardCore

/// What is at the checkpoint's path may not be a checkpoint this version wrote: something other than a file,
/// or a file a newer version wrote with fields this one does not know.
@Suite struct UnusualFilesTests {
    @Test func aFIFOAtTheCheckpointsPathIsRefusedWithoutWaiting() throws {
        let sandbox = Sandbox()
        let path = sandbox.path("default.json")
        #expect(mkfifo(path, 0o600) == 0)
        // No writer will ever open the FIFO: a plain open for reading would wait forever.
        let store = CheckpointStore(path: path)
        guard case .damaged(let damaged) = store.load() else {
            Issue.record("a FIFO was read as a checkpoint")
            return
        }
        #expect(damaged.problem == .notAFile(path: path))
        // Nor may the lock beside it wait on one.
        #expect(mkfifo(store.lockPath, 0o600) == 0)
        #expect(throws: SaveFailure.notARegularFile) { try store.takeLock() }
    }

    @Test func aFolderAtTheCheckpointsPathIsRefusedToo() throws {
        let sandbox = Sandbox()
        #expect(mkdir(sandbox.path("default.json"), 0o700) == 0)
        guard case .damaged(let damaged) = CheckpointStore(path: sandbox.path("default.json")).load() else {
            Issue.record("a folder was read as a checkpoint")
            return
        }
        #expect(damaged.problem == .notAFile(path: sandbox.path("default.json")))
    }

    @Test func fieldsANewerVersionWroteAreKeptThroughEverySave() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("default.json"))
        try store.save(sampleCheckpoint())
        // A newer minor version added fields at every depth, and a step this one does not know.
        var json = try #require(try JSONDecoder().decode(JSONValue.self, from: Data(try #require(sandbox.read("default.json")).utf8)))
        guard case .object(var top) = json, case .object(var answers)? = top["answers"],
              case .object(var statuses)? = top["statuses"] else {
            Issue.record("unexpected shape")
            return
        }
        answers["queueDescription"] = .string("Para Salesforce")
        statuses["handover"] = .string("done")
        top["answers"] = .object(answers)
        top["statuses"] = .object(statuses)
        top["audit"] = .object(["created": .array([.string("queue-1")])])
        json = .object(top)
        sandbox.write(String(decoding: try JSONEncoder().encode(json), as: UTF8.self), to: "default.json")

        guard case .loaded(var checkpoint) = store.load() else {
            Issue.record("the newer file was not loaded")
            return
        }
        checkpoint.answers.queueName = "Ventas"
        try store.save(checkpoint)
        let saved = try #require(sandbox.read("default.json"))
        #expect(saved.contains(#""queueDescription" : "Para Salesforce""#))
        #expect(saved.contains(#""handover" : "done""#))
        #expect(saved.contains(#""audit" : {"#) && saved.contains("queue-1"))
        #expect(saved.contains(#""queueName" : "Ventas""#), "what this version changed is saved too")
        // And the file still reads as the checkpoint this version holds.
        #expect(CheckpointStore(path: sandbox.path("default.json")).load() == .loaded(checkpoint))
    }

    @Test func aKnownFieldClearedByThisVersionDoesNotComeBack() throws {
        let sandbox = Sandbox()
        let store = CheckpointStore(path: sandbox.path("default.json"))
        var checkpoint = sampleCheckpoint()
        checkpoint.org.queueID = "queue-1"
        try store.save(checkpoint)
        let text = try #require(sandbox.read("default.json"))
        sandbox.write(text.replacing(#""queueID" : "queue-1""#, with: #""queueID" : "queue-1", "queueVersion" : 3"#),
                      to: "default.json")
        guard case .loaded(var loaded) = store.load() else {
            Issue.record("not loaded")
            return
        }
        loaded.org = OrgRecord()
        try store.save(loaded)
        let saved = try #require(sandbox.read("default.json"))
        #expect(!saved.contains("queueVersion") && !saved.contains("queue-1"), "an unknown field goes with its object")
    }
}

/// Checkpoints written by earlier versions of omwizard, read by this one.
@Suite struct MigrationTests {
    /// A Practice run in Verify, stopped at the member step, exactly as version 1 wrote it (with a field a
    /// later minor version added).
    static let practiceVerifyVersion1 = #"""
        {
          "answers" : {
            "flowDone" : false, "flowName" : "", "flowOrigin" : "new", "genesysAdmin" : true,
            "integrationDone" : false, "integrationName" : "", "memberDone" : false,
            "memberEmail" : "ana.garcia@example.com", "memberOrigin" : "new", "packageInstalled" : true,
            "queueDone" : true, "queueName" : "Atención al Cliente", "queueOrigin" : "new", "routeAddress" : "",
            "routeDone" : false, "routeFlow" : "", "salesforceAdmin" : true, "salesforceConfigure" : false,
            "salesforceInstalledPackages" : false, "salesforceRetrieveOptions" : false, "salesforceSetup" : false,
            "webhookURL" : ""
          },
          "confirmed" : { "prerequisites" : "", "queue" : "new|Atención al Cliente" },
          "language" : "es",
          "mode" : "practice",
          "org" : { "orgName" : "practice", "queueID" : "queue-1" },
          "practiceRuns" : "verify",
          "schemaVersion" : 1,
          "statuses" : { "member" : "inProgress", "prerequisites" : "done", "queue" : "done" },
          "theme" : "dark"
        }
        """#

    @Test func aVersion1PracticeCheckpointResumesInTheSameWayAndIsRewrittenInThisVersion() throws {
        let sandbox = Sandbox()
        sandbox.write(Self.practiceVerifyVersion1, to: "default.json")
        let store = CheckpointStore(path: sandbox.path("default.json"))
        guard case .loaded(let loaded) = store.load() else {
            Issue.record("not loaded: \(store.load())")
            return
        }
        #expect(loaded.mode == .verify(.practice))
        #expect(loaded.language == .es && loaded.answers.queueName == "Atención al Cliente")
        #expect(loaded.statuses[.queue] == .done && loaded.statuses[.member] == .inProgress)
        #expect(loaded.org.queueID == "queue-1" && loaded.connection == ConnectionSettings() && loaded.manualSteps.isEmpty)
        try store.save(loaded)
        let rewritten = try #require(sandbox.read("default.json"))
        #expect(rewritten.contains(#""schemaVersion" : \#(Checkpoint.currentSchemaVersion)"#))
        #expect(rewritten.contains(#""how" : "verify""#) && rewritten.contains(#""org" : "practice""#))
        #expect(!rewritten.contains("practiceRuns"), "what the migration replaced is not kept as unknown")
        #expect(rewritten.contains(#""theme" : "dark""#), "a field this version does not know is kept")
        #expect(store.load() == .loaded(loaded))
    }

    @Test(arguments: [("guided", Mode.guided), ("verify", .verify(.real)), ("automatic", .automatic(.real)),
                      ("practice", .automatic(.practice))])
    func everyVersion1ModeHasItsPlace(word: String, mode: Mode) throws {
        let sandbox = Sandbox()
        let text = Self.practiceVerifyVersion1.replacing(#""mode" : "practice""#, with: #""mode" : "\#(word)""#)
            .replacing(#""practiceRuns" : "verify","#, with: "")
        sandbox.write(text, to: "default.json")
        #expect(CheckpointStore(path: sandbox.path("default.json")).load().checkpoint?.mode == mode)
    }

    @Test func aCheckpointAsVersion2WroteItLoads() throws {
        let sandbox = Sandbox()
        sandbox.write(#"""
            {
              "answers" : { "flowDone" : false, "flowName" : "", "flowOrigin" : "new", "genesysAdmin" : true,
                "integrationDone" : false, "integrationName" : "", "memberDone" : false, "memberEmail" : "",
                "memberOrigin" : "new", "packageInstalled" : true, "queueDone" : false, "queueName" : "Ventas",
                "queueOrigin" : "existing", "routeAddress" : "", "routeDone" : false, "routeFlow" : "",
                "salesforceAdmin" : true, "salesforceConfigure" : false, "salesforceInstalledPackages" : false,
                "salesforceRetrieveOptions" : false, "salesforceSetup" : false, "webhookURL" : "" },
              "confirmed" : { "prerequisites" : "" },
              "connection" : { "clientID" : "3f1c9a52", "location" : "eu-west-1" },
              "language" : "en",
              "manualSteps" : [ "queue" ],
              "mode" : { "how" : "automatic", "org" : "real" },
              "org" : { "creating" : "queue", "orgName" : "eu-west-1" },
              "schemaVersion" : 2,
              "statuses" : { "prerequisites" : "done", "queue" : "inProgress" }
            }
            """#, to: "default.json")
        let loaded = try #require(CheckpointStore(path: sandbox.path("default.json")).load().checkpoint)
        #expect(loaded.mode == .automatic(.real) && loaded.language == .en)
        #expect(loaded.answers.queueName == "Ventas" && loaded.answers.queueOrigin == .existing)
        #expect(loaded.connection == ConnectionSettings(location: "eu-west-1", clientID: "3f1c9a52"))
        #expect(loaded.manualSteps == [.queue] && loaded.org.creating == .queue && loaded.org.orgName == "eu-west-1")
        #expect(loaded.statuses[.prerequisites] == .done && loaded.statuses[.queue] == .inProgress)
        #expect(loaded.resumeFocus == nil, "absent: none")
    }

    /// Version 2 did not record what the setup made: nothing is taken as made, so an undo removes nothing it
    /// cannot prove it made, and lists the rest as kept.
    @Test func aVersion2RunTakesNothingAsMade() throws {
        let sandbox = Sandbox()
        let version2 = #"""
            {
              "answers" : { "flowDone" : false, "flowName" : "Flujo", "flowOrigin" : "new", "genesysAdmin" : true,
                "integrationDone" : false, "integrationName" : "SF", "memberDone" : true, "memberEmail" : "ana@example.com",
                "memberOrigin" : "new", "packageInstalled" : true, "queueDone" : false, "queueName" : "Ventas",
                "queueOrigin" : "new", "routeAddress" : "", "routeDone" : false, "routeFlow" : "",
                "salesforceAdmin" : true, "salesforceConfigure" : false, "salesforceInstalledPackages" : false,
                "salesforceRetrieveOptions" : false, "salesforceSetup" : false, "webhookURL" : "https://example.com/x" },
              "confirmed" : {},
              "connection" : { "clientID" : "3f1c9a52", "location" : "eu-west-1" },
              "language" : "en",
              "manualSteps" : [ "member" ],
              "mode" : { "how" : "automatic", "org" : "real" },
              "org" : { "orgName" : "eu-west-1", "queueID" : "q", "flowID" : "f", "integrationID" : "i", "userID" : "u" },
              "schemaVersion" : 2,
              "statuses" : { "prerequisites" : "done", "queue" : "done", "member" : "done", "flow" : "skipped",
                             "integration" : "done", "route" : "done" }
            }
            """#
        sandbox.write(version2, to: "default.json")
        let loaded = try #require(CheckpointStore(path: sandbox.path("default.json")).load().checkpoint)
        #expect(loaded.org.made.isEmpty && loaded.answers.testMessageText.isEmpty && loaded.testMessage == nil)
        let plan = UndoPlan.of(loaded)
        #expect(plan.removals.isEmpty)
        #expect(plan.kept == [KeptObject(step: .route, reason: .notRecorded), KeptObject(step: .integration, reason: .notRecorded),
                              KeptObject(step: .flow, reason: .reused), KeptObject(step: .member, reason: .madeByHand),
                              KeptObject(step: .queue, reason: .notRecorded)])
    }

    @Test func aFocusedFieldOfANewerVersionIsReadAsNone() throws {
        let sandbox = Sandbox()
        var checkpoint = sampleCheckpoint()
        checkpoint.resumeFocus = .queueName
        let store = CheckpointStore(path: sandbox.path("default.json"))
        try store.save(checkpoint)
        #expect(store.load().checkpoint?.resumeFocus == .queueName)
        let text = try #require(sandbox.read("default.json"))
        sandbox.write(text.replacing(#""focusedField" : "queueName""#, with: #""focusedField" : "someFutureField""#),
                      to: "default.json")
        let loaded = try #require(CheckpointStore(path: sandbox.path("default.json")).load().checkpoint)
        #expect(loaded.resumeFocus == nil && loaded.answers == checkpoint.answers, "the rest is read as it was")
    }

    @Test func aModeThatCannotBeIsCorruptAndNamed() throws {
        let sandbox = Sandbox()
        let text = Self.practiceVerifyVersion1.replacing(#""schemaVersion" : 1"#, with: #""schemaVersion" : 2"#)
            .replacing(#""mode" : "practice""#, with: #""mode" : {"how" : "automatic"}"#)
        sandbox.write(text, to: "default.json")
        guard case .damaged(let damaged) = CheckpointStore(path: sandbox.path("default.json")).load(),
              case .corrupt(_, let field) = damaged.problem else {
            Issue.record("accepted")
            return
        }
        #expect(field == "mode.org", "Automatic needs its org")
    }
}

extension LoadedCheckpoint {
    var checkpoint: Checkpoint? {
        if case .loaded(let checkpoint) = self { return checkpoint }
        return nil
    }
}
