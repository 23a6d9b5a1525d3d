import Testing
@testable import WizardCore

@Suite struct EffectTests {
    @Test func everyChangeToTheAnswersIsSaved() {
        var walk = Walk()
        let effects = walk.send(.key(.enter))
        #expect(effects.contains(.save(walk.state.saved)))
        walk.tick(.genesysAdmin)
        #expect(walk.effects.last == .save(walk.state.saved))
    }

    @Test func movingTheFocusOrResizingSavesNothing() {
        var walk = Walk()
        walk.press(.enter)
        #expect(walk.send(.key(.tab)).isEmpty)
        #expect(walk.send(.resized(TerminalSize(columns: 100, rows: 40))).isEmpty)
    }

    @Test func aFailedSaveIsShownAndClearedByTheNextGoodOne() {
        var walk = Walk()
        walk.send(.checkpointSaveFailed(.diskFull))
        #expect(walk.state.unsavedBecause == .diskFull)
        walk.press(.control("c"))
        #expect(walk.state.overlay == .confirmQuit)
        walk.press(.escape)
        walk.send(.checkpointSaved)
        #expect(walk.state.unsavedBecause == nil)
    }

    @Test func aDamagedCheckpointIsNeverOverwrittenWithoutAYes() {
        var backup = Walk()
        backup.completeAll()
        var walk = Walk()
        walk.state.overlay = .damagedCheckpoint(DamagedCheckpoint(problem: .empty(path: "/tmp/x.json"), backup: backup.state.saved))
        for key: Key in [.enter, .character(" "), .tab, .function(1), .character("y")] {
            #expect(walk.send(.key(key)).isEmpty, "\(key) must not write anything")
        }
        let effects = walk.send(.key(.character("b")))
        #expect(effects.first == .setAsideDamagedCheckpoint)
        #expect(walk.state.answers == backup.state.answers)
        #expect(walk.state.notice == .backupRestored)
    }

    @Test func quittingFromADamagedCheckpointTouchesNothing() {
        var walk = Walk()
        walk.state.overlay = .damagedCheckpoint(DamagedCheckpoint(problem: .empty(path: "/tmp/x.json"), backup: nil))
        #expect(walk.send(.key(.character("b"))).isEmpty, "no backup to use")
        #expect(walk.send(.key(.character("q"))) == [.quit])
    }

    @Test func theSummaryIsWrittenAsMarkdownOnW() {
        var walk = Walk(language: .es)
        walk.completeAll()
        let effects = walk.send(.key(.character("w")))
        guard case .writeSummary(let markdown, let path)? = effects.first else {
            Issue.record("no summary written: \(effects)")
            return
        }
        #expect(path == "/tmp/summary.md")
        #expect(markdown.contains("«Atención al Cliente»"))
        #expect(markdown.contains("- [x] **Cola**"))
        #expect(!markdown.contains(walk.state.secretToken))
        walk.send(.summaryWritten(path: path, replaced: true))
        #expect(walk.state.notice == .summaryWritten(path, replaced: true))
    }
}
