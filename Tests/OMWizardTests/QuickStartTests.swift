import ArgumentParser
import Testing
import WizardCore
@testable import omwizard

/// QuickStart reads the usual start without ArgumentParser; these tests hold it to meaning exactly what
/// ArgumentParser would, and to leaving everything else to it.
@Suite struct QuickStartTests {
    /// The request ArgumentParser makes of a command line, or nil when it would not start the wizard.
    private func parsed(_ arguments: [String]) -> WizardRequest? {
        (try? OMWizard.parseAsRoot(arguments) as? RunCommand)?.request
    }

    @Test(arguments: [
        [],
        ["run"],
        ["--lang", "es"],
        ["--lang", "ES"],
        ["--lang=en", "--profile", "acme-2"],
        ["run", "--profile=Acme.prod_1", "--lang", "en"],
        ["--checkpoint", "/tmp/setup.json"],
        ["--checkpoint=relative/setup.json", "--lang", "es"],
        ["--mode", "practice"],
        ["--mode=automatic", "--region", "eu-west-1"],
        ["--api-base", "http://127.0.0.1:8787", "--mode", "verify"],
        ["--practice-fault", "latency:50 /api/v2", "--practice-fault=status:503 POST /api/v2/routing/queues x1"],
        ["--profile", "Atención"],
        ["--profile", "status"],
        ["--accessible"],
        ["run", "--lang", "es", "--accessible", "--mode", "practice"],
        ["--region", "mypurecloud.ie", "--profile", "x", "--mode", "guided", "--lang", "es",
         "--api-base", "https://api.mypurecloud.ie", "--practice-fault", "drop /api/v2"],
    ])
    func readsWhatArgumentParserReads(_ arguments: [String]) throws {
        let quick = try #require(QuickStart.request(arguments), "QuickStart should read \(arguments)")
        #expect(quick == parsed(arguments))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["help"], ["run", "--help"],
        ["status"], ["reset", "--profile", "x"], ["practice", "--port", "0"], ["screens"],
        ["--lang", "fr"], ["--mode", "fast"],
        ["--profile", ".hidden"], ["--profile", ""], ["--checkpoint", "a.json", "--profile", "b"],
        ["--bogus", "1"], ["--langs", "es"], ["--lang"], ["--lang", "--profile", "x"], ["--profile", "-x"],
        ["--lang", "en", "--lang", "es"], ["--accessible", "--accessible"], ["--accessible=yes"], ["--", "--lang", "en"], ["--=x"], ["extra"], ["--lang", "en", "run"],
        ["--checkpoint="], ["--region="], ["--practice-fault", "nonsense"], ["--practice-fault", "latency=50ms"],
    ])
    func leavesTheRestToArgumentParser(_ arguments: [String]) {
        #expect(QuickStart.request(arguments) == nil)
    }

    /// A line QuickStart refuses must not be one ArgumentParser would read differently from what it says:
    /// those that are not help or another command are errors for ArgumentParser too.
    @Test(arguments: [
        ["--lang", "fr"], ["--mode", "fast"], ["--profile", ".hidden"], ["--checkpoint", "a.json", "--profile", "b"],
        ["--bogus", "1"], ["--lang"], ["extra"], ["--checkpoint="], ["--region="], ["--practice-fault", "nonsense"],
    ])
    func whatItRefusesArgumentParserRefusesToo(_ arguments: [String]) {
        #expect(throws: (any Error).self) { try OMWizard.parseAsRoot(arguments) }
    }
}
