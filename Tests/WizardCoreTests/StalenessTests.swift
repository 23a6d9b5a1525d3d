import Testing
@testable import WizardCore

@Suite struct StalenessTests {
    /// Goes back from the summary to the queue screen.
    private func walkBackToQueue() -> Walk {
        var walk = Walk()
        walk.completeAll()
        walk.press(.escape, .escape, .escape, .escape, .escape, .escape)
        #expect(walk.state.screen == .step(.queue))
        return walk
    }

    @Test func aDifferentQueueMakesMemberFlowRouteAndSalesforceStale() {
        var walk = walkBackToQueue()
        walk.replace(.queueName, with: "Ventas")
        #expect(!walk.state.answers.queueDone, "a changed answer must be done again in Genesys Cloud")
        walk.tick(.queueDone)
        walk.press(.enter)
        for step in [StepID.member, .flow, .route, .salesforce] {
            #expect(walk.state.status(step) == .stale, "\(step)")
        }
        #expect(walk.state.status(.integration) == .done)
        #expect(walk.state.notice == .madeStale(.queue, [.member, .flow, .route, .salesforce]))
        #expect(!walk.state.answers.memberDone && !walk.state.answers.salesforceRetrieveOptions)
        #expect(walk.state.firstUnfinishedStep == .member)
    }

    @Test func editingAFinishedStepReopensItHoweverTheUserLeaves() {
        var walk = walkBackToQueue()
        walk.focus(.queueName)
        walk.press(.end)
        walk.type(" 2")
        #expect(walk.state.status(.queue) == .inProgress)
        walk.press(.escape)
        #expect(walk.state.firstUnfinishedStep == .queue, "resume and the summary must not call the queue done")
        walk.press(.enter)
        walk.tick(.queueDone)
        walk.press(.enter)
        #expect(walk.state.status(.queue) == .done)
        #expect(walk.state.status(.member) == .stale)
    }

    @Test func untickingAFinishedStepsBoxReopensIt() {
        var walk = walkBackToQueue()
        walk.focus(.queueDone)
        walk.press(.character(" "))
        #expect(walk.state.status(.queue) == .inProgress)
    }

    @Test func theSameQueueConfirmedAgainChangesNothing() {
        var walk = walkBackToQueue()
        walk.press(.enter)
        #expect(StepID.allCases.allSatisfy { walk.state.status($0).isFinished })
        #expect(walk.state.notice == nil)
    }

    @Test func aStaleRouteFollowsTheNewFlowName() {
        var walk = walkBackToQueue()
        walk.press(.enter, .enter)
        #expect(walk.state.screen == .step(.flow))
        walk.replace(.flowName, with: "Flujo nuevo"); walk.tick(.flowDone); walk.press(.enter)
        #expect(walk.state.status(.route) == .stale)
        walk.press(.enter)
        #expect(walk.state.screen == .step(.route))
        #expect(walk.state.answers.routeFlow == "Flujo nuevo")
        walk.tick(.routeDone); walk.press(.enter)
        #expect(walk.state.status(.route) == .done)
    }

    @Test func aNewTokenLeavesTheIntegrationAndTheRouteAlone() {
        var walk = Walk()
        walk.completeAll()
        walk.press(.escape, .escape, .escape)
        #expect(walk.state.screen == .step(.integration))
        walk.replace(.secretToken, with: "another-token-that-is-long-enough")
        walk.press(.function(4))
        walk.press(.enter)
        #expect(walk.state.status(.integration) == .done)
        #expect(walk.state.status(.route) == .done, "no later step depends on the token")
    }

    @Test func generatedTokensAreLongRandomAndReadable() {
        let tokens = (0..<50).map { _ in SecretToken.generate() }
        #expect(Set(tokens).count == 50)
        #expect(tokens.allSatisfy { $0.count == 32 && $0.allSatisfy { SecretToken.alphabet.contains($0) } })
        #expect(tokens.allSatisfy { !$0.contains("0") && !$0.contains("O") && !$0.contains("l") })
    }
}
