import ArgumentParser
import Foundation
import AnswersFiles
import WizardCore
import WizardServices

/// `omwizard apply`: the answers file's setup, carried out as Automatic mode does, in one org or many.
public struct ApplyCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "omwizard apply",
        abstract: "Carries out an answers file's setup in one org or many, as Automatic mode does.",
        discussion: """
            Each --profile is one org with its own saved progress (the wizard's: omwizard --profile P opens \
            it), so a run that stops resumes each org where it stopped and never makes anything twice. The \
            whole plan of every org is printed first; nothing changes without a yes (--yes where there is no \
            terminal). Then each org's steps are carried out, each followed by one line; every step is checked \
            in the org as Verify mode does; --test-message sends a test message through the route.

            Credentials, never read from the answers file nor saved: GENESYSCLOUD_OAUTHCLIENT_ID_<PROFILE>, \
            GENESYSCLOUD_OAUTHCLIENT_SECRET_<PROFILE> and GENESYSCLOUD_REGION_<PROFILE> (the profile upper-cased, \
            anything but letters and digits as _; the region may also be an API address), or the same names \
            without the suffix when the run names a single profile. Or --credentials-command, run by /bin/sh \
            with {profile} replaced, which prints those names without the suffix as NAME=value lines.

            Exit status: 0 every org done; 1 an org failed (the others went on; run it again to resume); 2 bad \
            input (the answers file, the options), no terminal to ask and no --yes, or told no: nothing changed; 3 the \
            Genesys part is done and checked everywhere but something is left to you (Salesforce's Retrieve \
            Options, which has no API).
            """
    )

    @Option(help: "The answers file (YAML; omwizard export answers writes one).")
    var answers: String

    @Option(name: .customLong("profile"), help: "An org's profile (repeat it for many orgs; default: default).")
    var profiles: [String] = []

    @Flag(help: "Prints each org's plan and changes nothing (not even the saved progress).")
    var planOnly = false

    @Flag(help: "Carries out the plans without asking (where there is no terminal to ask).")
    var yes = false

    @Flag(help: "Prints one JSON report per org on standard output (one object per line); the rest goes to standard error.")
    var json = false

    @Flag(help: "Sends a test message through each org's route at the end, and says where it arrived.")
    var testMessage = false

    @Option(help: "How many orgs are worked on at once (1 to 16).")
    var parallel = 4

    @Option(help: "A command that prints a profile's credentials as NAME=value lines; {profile} is replaced.")
    var credentialsCommand: String?

    @Option(help: "Language of what apply says: es or en (default: from LC_ALL / LANG).")
    var lang: Language?

    public init() {}

    var profileNames: [String] { profiles.isEmpty ? ["default"] : profiles }

    var texts: Texts { Texts.for(lang ?? Language.fromEnvironment(Environment.current)) }

    public func validate() throws {
        for profile in profileNames {
            try CheckpointLocation(profile: profile, lang: lang).validate()
        }
        if let repeated = profileNames.first(where: { name in profileNames.filter { $0 == name }.count > 1 }) {
            throw ValidationError(texts.scripted.profileRepeated(repeated))
        }
        // acme-eu and acme.eu would read one org's variables and make everything twice in it.
        for (index, first) in profileNames.enumerated() {
            if let second = profileNames[(index + 1)...].first(where: { CredentialSource.suffix($0) == CredentialSource.suffix(first) }) {
                throw ValidationError(texts.scripted.profilesShareVariables(first, second, CredentialSource.suffix(first)))
            }
        }
        if !(1...16).contains(parallel) { throw ValidationError(texts.scripted.parallelRange) }
    }

    public func run() throws {
        let texts = self.texts
        let contents: AnswersFileContents
        switch AnswersFileReader.read(Environment.absolute(answers), environment: Environment.current) {
        case .failure(let errors):
            for error in errors.all { Environment.printError(texts.answersFileLine(error)) }
            throw ExitCode(2)
        case .success(let read):
            contents = read
        }
        let output = ApplyOutput(toStandardError: json)
        defer { output.stop() }
        let source = CredentialSource(environment: Environment.current, command: credentialsCommand,
                                      singleProfile: profileNames.count == 1)
        let runs = profileNames.map { OrgRun(profile: $0, texts: texts, output: output) }
        for run in runs { run.findCredentials(source) }
        aFewAtATime(runs, width: parallel) { [planOnly] run in
            run.prepare(contents, planOnly: planOnly)
        }
        if planOnly {
            output.block(["", texts.scripted.planOnly])
        } else {
            let orgs = runs.filter { $0.hasWork(testMessage: testMessage) }.count
            if orgs > 0 {
                guard try confirmed(texts.scripted.confirm(orgs), output: output) else {
                    output.block([texts.scripted.cancelled])
                    throw ExitCode(2)
                }
            }
            aFewAtATime(runs, width: parallel) { [testMessage] run in run.carryOut(testMessage: testMessage) }
        }
        try finish(runs.map(\.report), output: output)
    }

    /// Asks once for every org; without a terminal, only --yes says yes.
    private func confirmed(_ question: String, output: ApplyOutput) throws -> Bool {
        if yes { return true }
        guard isatty(STDIN_FILENO) == 1 else {
            output.block([texts.scripted.needsYes])
            throw ExitCode(2)
        }
        output.block([""])
        FileHandle.standardError.write(Data(question.utf8))
        guard let answer = readLine()?.trimmingCharacters(in: .whitespaces).first else { return false }
        return KeyCommand.yes.matches(.character(answer))
    }

    /// The table (and the JSON reports), then the exit status the worst org gives.
    private func finish(_ reports: [OrgReport], output: ApplyOutput) throws {
        let scripted = texts.scripted
        var lines = [""] + OrgReport.table(reports, texts: texts, testMessage: testMessage)
        let done = reports.filter { $0.result == .done }.count
        let left = reports.filter { $0.result == .leftToYou }
        let failed = reports.filter { $0.result == .failed }
        if !planOnly { lines += ["", scripted.totals(done, left.count, failed.count)] }
        for report in left {
            lines.append("[\(report.profile)] " + scripted.leftToYou(CheckpointLocation(profile: report.profile).resumeCommand))
        }
        for report in failed { lines.append("[\(report.profile)] ✗ " + (report.problem ?? "")) }
        output.block(lines)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for report in reports {
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            }
        }
        if !failed.isEmpty { throw ExitCode(1) }
        if !left.isEmpty { throw ExitCode(3) }
    }
}
