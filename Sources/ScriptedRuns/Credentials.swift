import Foundation
import WizardCore

/// One org's connection: where it is, and the OAuth client that may change it. Held in memory only.
struct Credentials: Sendable {
    var location: String
    var clientID: String
    var secret: String
}

/// Where each profile's credentials come from: the command the user named, else the environment, with the
/// names Genesys's own tools read (GENESYSCLOUD_OAUTHCLIENT_ID, …) followed by the profile:
/// GENESYSCLOUD_OAUTHCLIENT_ID_ACME for the profile "acme". The plain names stand for the only profile of
/// a run that names one, never for one of many (one org's client must not reach into another).
struct CredentialSource: Sendable {
    static let clientIDName = "GENESYSCLOUD_OAUTHCLIENT_ID"
    static let secretName = "GENESYSCLOUD_OAUTHCLIENT_SECRET"
    static let regionName = "GENESYSCLOUD_REGION"

    var environment: [String: String]
    /// Run by /bin/sh with {profile} replaced; it prints NAME=value lines with the names above.
    var command: String?
    var singleProfile: Bool

    /// The profile's name as a variable's suffix: letters and digits upper-cased, anything else "_".
    static func suffix(_ profile: String) -> String {
        String(profile.uppercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    /// The credentials, or what is missing in the user's words. `savedLocation` is the org the profile's
    /// saved setup connected to, used when nothing names one.
    func credentials(for profile: String, savedLocation: String, texts: ScriptedTexts) -> Result<Credentials, ScriptedFailure> {
        var values: [String: String] = [:]
        var commandRun: String?
        if let command {
            let expanded = command.replacingOccurrences(of: "{profile}", with: profile)
            switch Self.run(expanded) {
            case .failure(let reason): return .failure(.init(texts.credentialsCommandFailed(expanded, reason.message)))
            case .success(let output): values = Self.assignments(output)
            }
            commandRun = expanded
        } else {
            for name in [Self.clientIDName, Self.secretName, Self.regionName] {
                values[name] = lookUp(name, profile)
            }
        }
        let clientID = values[Self.clientIDName] ?? ""
        let secret = values[Self.secretName] ?? ""
        let missing = [(Self.clientIDName, clientID), (Self.secretName, secret)].filter { $0.1.isEmpty }.map(\.0)
        if !missing.isEmpty {
            if let commandRun { return .failure(.init(texts.credentialsCommandIncomplete(commandRun, missing))) }
            return .failure(.init(texts.noCredentials(profile, missing.map { $0 + "_" + Self.suffix(profile) })))
        }
        let named = values[Self.regionName].flatMap { $0.isEmpty ? nil : $0 } ?? lookUp(Self.regionName, profile)
        let location = named ?? savedLocation
        guard !location.isEmpty else {
            return .failure(.init(texts.noLocation(profile, Self.regionName + "_" + Self.suffix(profile))))
        }
        return .success(Credentials(location: location, clientID: clientID, secret: secret))
    }

    /// The profile's variable, else (for the only profile of the run) the plain one.
    private func lookUp(_ name: String, _ profile: String) -> String? {
        if let value = environment[name + "_" + Self.suffix(profile)], !value.isEmpty { return value }
        if singleProfile, let value = environment[name], !value.isEmpty { return value }
        return nil
    }

    /// NAME=value lines (an `export ` before it and quotes around the value are allowed, as in a shell file).
    static func assignments(_ output: String) -> [String: String] {
        var values: [String: String] = [:]
        for rawLine in output.split(whereSeparator: \.isNewline) {
            var line = Substring(rawLine)
            if line.hasPrefix("export ") { line = line.dropFirst(7) }
            guard let equals = line.firstIndex(of: "=") else { continue }
            let name = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            values[name] = value
        }
        return values
    }

    /// Runs the user's command, its input and errors on the user's terminal (a password manager may ask for
    /// a passphrase there); its output is read, never shown.
    private static func run(_ command: String) -> Result<String, ScriptedFailure> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let output = Pipe()
        process.standardOutput = output
        do {
            try process.run()
        } catch {
            return .failure(ScriptedFailure("\(error)"))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            return .failure(ScriptedFailure("exit status \(process.terminationStatus)"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}

/// Why one org's run stopped, said in the user's language.
struct ScriptedFailure: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}
