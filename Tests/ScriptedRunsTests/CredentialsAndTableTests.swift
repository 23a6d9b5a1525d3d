@testable import ScriptedRuns
import Testing
@testable import WizardCore

@Suite struct CredentialsAndTableTests {
    private let texts = Texts.english.scripted

    @Test func eachProfileReadsItsOwnVariablesAndThePlainOnesOnlyWhenItIsTheOnlyOne() throws {
        let environment = [
            "GENESYSCLOUD_OAUTHCLIENT_ID_ACME_EU": "acme-id", "GENESYSCLOUD_OAUTHCLIENT_SECRET_ACME_EU": "acme-secret",
            "GENESYSCLOUD_REGION_ACME_EU": "eu-west-1",
            "GENESYSCLOUD_OAUTHCLIENT_ID": "plain-id", "GENESYSCLOUD_OAUTHCLIENT_SECRET": "plain-secret",
        ]
        let many = CredentialSource(environment: environment, command: nil, singleProfile: false)
        let acme = try many.credentials(for: "acme-eu", savedLocation: "", texts: texts).get()
        #expect(acme.clientID == "acme-id" && acme.secret == "acme-secret" && acme.location == "eu-west-1")
        // One of many never borrows the plain variables: another org's client would reach into it.
        guard case .failure(let failure) = many.credentials(for: "beta", savedLocation: "mypurecloud.ie", texts: texts) else {
            Issue.record("beta borrowed the plain variables")
            return
        }
        #expect(failure.message.contains("GENESYSCLOUD_OAUTHCLIENT_ID_BETA and GENESYSCLOUD_OAUTHCLIENT_SECRET_BETA"))
        let only = CredentialSource(environment: environment, command: nil, singleProfile: true)
        let beta = try only.credentials(for: "beta", savedLocation: "mypurecloud.ie", texts: texts).get()
        #expect(beta.clientID == "plain-id" && beta.location == "mypurecloud.ie", "the saved org when none is named")
    }

    @Test func theCredentialsCommandsOutputIsReadAsAShellFileWouldBe() throws {
        let values = CredentialSource.assignments("""
            # from pass
            export GENESYSCLOUD_OAUTHCLIENT_ID="id with spaces"
            GENESYSCLOUD_OAUTHCLIENT_SECRET='s3cr=t'
            not an assignment
            """)
        #expect(values["GENESYSCLOUD_OAUTHCLIENT_ID"] == "id with spaces")
        #expect(values["GENESYSCLOUD_OAUTHCLIENT_SECRET"] == "s3cr=t")
        let source = CredentialSource(environment: [:], command: "printf 'GENESYSCLOUD_OAUTHCLIENT_ID=%s\\nGENESYSCLOUD_OAUTHCLIENT_SECRET=x\\nGENESYSCLOUD_REGION=eu-west-1\\n' {profile}",
                                      singleProfile: false)
        let found = try source.credentials(for: "acme", savedLocation: "", texts: texts).get()
        #expect(found.clientID == "acme" && found.secret == "x" && found.location == "eu-west-1")
        let failing = CredentialSource(environment: [:], command: "exit 3", singleProfile: false)
        guard case .failure(let failure) = failing.credentials(for: "acme", savedLocation: "", texts: texts) else {
            Issue.record("a failing command gave credentials")
            return
        }
        #expect(failure.message.contains("exit status 3"))
    }

    @Test func theTableHasAColumnPerStepAndLinesUpWhateverTheLanguage() {
        var done = OrgReport(profile: "acme", checkpoint: "")
        done.steps = [.queue: .made, .member: .reused, .flow: .made, .integration: .made, .route: .made, .salesforce: .leftToYou]
        done.seconds = 12.34
        var failed = OrgReport(profile: "beta-corp", checkpoint: "")
        failed.steps = [.queue: .made, .member: .made, .flow: .failed]
        failed.problem = "boom"
        for language in Language.allCases {
            let lines = OrgReport.table([done, failed], texts: Texts.for(language), testMessage: false)
            #expect(lines.count == 4)
            let columns = lines[1].split(separator: " ").count
            #expect(columns == 8, "org, five steps, Salesforce, time")
            // Every cell of a column starts where its header does.
            let headerStarts = starts(lines[0])
            #expect(starts(lines[1]) == headerStarts)
            #expect(lines[2].hasSuffix("12.3 s"))
            // With profiles of a usual length, the table fits 80 columns in either language.
            #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines)")
        }
        #expect(done.result == .leftToYou && failed.result == .failed)
        let withTest = OrgReport.table([done], texts: .english, testMessage: true)
        #expect(withTest[0].contains("Test") && withTest[2].contains("-"))
    }

    /// Where each run of non-spaces begins.
    private func starts(_ line: String) -> [Int] {
        var result: [Int] = []
        var previous: Character = " "
        for (index, character) in line.enumerated() {
            if character != " " && previous == " " { result.append(index) }
            previous = character
        }
        return result
    }
}
