import ArgumentParser
import CheckpointStorage
import DurableFiles
import Dispatch
import Glibc
import Hummingbird
import PracticeOrg
import PracticeRoom
import WizardCore
import WizardServices
import PracticeFaults

/// `omwizard practice` (which starts this program): a local Genesys Cloud for demonstrations and tests
/// (see Sources/PracticeOrg/README.md). Serving is the default; `room` watches a room of trainees.
@main
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omwizard practice",
        abstract: "A practice Genesys Cloud org on 127.0.0.1 (the API subset the setup uses), and a trainer's room.",
        // What a trainer looks for first; serve's own help says every option.
        discussion: """
            Without a command, omwizard practice serves (omwizard practice serve). Its main options:
              --port PORT, --state FILE
              --trainees N, --clients-file FILE  (a room: an org and a client per trainee)
              --listen ADDRESS  (not 127.0.0.1: for a room of laptops)
            omwizard practice serve --help says them all; omwizard practice room watches a room.
            """,
        subcommands: [ServeCommand.self, RoomCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}

/// `omwizard practice [serve]`: serves one org, or a room of trainees' orgs.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serves a practice Genesys Cloud org on 127.0.0.1 (the default: `omwizard practice --port 8787`).",
        discussion: """
            A trainer's room: --trainees N serves N orgs, seeded alike, each reached only with its trainee's own \
            OAuth client (generated, printed, and written to --clients-file, mode 0600). \
            `omwizard practice room` shows every trainee's progress, live.
            """
    )

    @Option(help: "The port (0 picks a free one).")
    var port = 8787

    @Option(help: "Saves the org (or the room) to this JSON file after every change, and loads it at start if it exists.")
    var state: String?

    @Option(help: "Serves this many orgs, one per trainee, each with an OAuth client of its own (generated).")
    var trainees: Int?

    @Option(help: "Where a room's clients are written for handing out (default: omwizard-room-clients.txt here).")
    var clientsFile = "omwizard-room-clients.txt"

    @Option(help: ArgumentHelp("The address to listen on (default 127.0.0.1). Another one, such as 0.0.0.0, makes the orgs "
                               + "reachable from the network: for a room of laptops.", valueName: "address"))
    var listen = PracticeServer.loopback

    @Option(help: "Language of what is printed for the trainer: es or en (default: from LC_ALL / LANG).")
    var lang: Language?

    @Option(help: "Numbered queues to add to the seeded org (a large org: 20000).")
    var queues = 0

    @Option(help: "Numbered inbound message flows to add to the seeded org.")
    var flows = 0

    @Option(help: "The OAuth client id the practice org accepts.")
    var clientId = PracticeOrgOptions.defaultClientID

    @Option(help: "The OAuth client secret the practice org accepts.")
    var clientSecret = PracticeOrgOptions.defaultClientSecret

    @Option(help: "Seconds a token lives.")
    var tokenLifetime: Double = 86_400

    @Option(help: "Seconds before a new Open Messaging integration is Completed.")
    var integrationDelay: Double = 1

    @Option(help: "Seconds an Architect job takes once its YAML is uploaded.")
    var jobDelay: Double = 1

    @Option(help: ArgumentHelp("A fault to inject: KIND[:ARG] [METHOD] PATH [xN] (repeatable).",
                               discussion: "Kinds: latency:MS, status:CODE, rate-limit:SECONDS, drop, expire-token."))
    var fault: [String] = []

    @Option(help: ArgumentHelp("Seconds to wait for another practice org to let go of the --state file.",
                               visibility: .hidden))
    var lockWait: Double = 10

    @Option(help: ArgumentHelp("Stops when the process with this id ends (the wizard that started it).",
                               visibility: .hidden))
    var parentPid: Int32?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard queues >= 0 else { throw ValidationError("--queues cannot be negative.") }
        guard flows >= 0 else { throw ValidationError("--flows cannot be negative.") }
        if let trainees {
            guard (1...RoomLimits.trainees).contains(trainees) else {
                throw ValidationError("--trainees must be between 1 and \(RoomLimits.trainees).")
            }
            guard clientId == PracticeOrgOptions.defaultClientID, clientSecret == PracticeOrgOptions.defaultClientSecret else {
                throw ValidationError("--client-id and --client-secret are for one org: a room generates a client per trainee.")
            }
        }
        guard !listen.isEmpty, !listen.contains("/") else { throw ValidationError("--listen takes an address, such as 0.0.0.0.") }
        for text in fault where Fault(commandLine: text) == nil {
            throw ValidationError("Cannot read the fault «\(text)»: use \(Fault.commandLineForm).")
        }
    }

    func run() throws {
        var options = PracticeOrgOptions()
        options.clientID = clientId
        options.clientSecret = clientSecret
        options.trainees = trainees ?? 0
        options.tokenLifetime = tokenLifetime
        options.generatedQueues = queues
        options.generatedFlows = flows
        options.statePath = state
        options.integrationDelay = integrationDelay
        options.jobDelay = jobDelay
        options.faults = fault.compactMap(Fault.init(commandLine:))
        // One practice org per state file, or the last to save would undo the other's changes. Held until
        // this program ends (the system lets go of it then, however it ends).
        let texts = RoomTexts.for(lang ?? Language.fromEnvironment(Environment.current))
        let stateLock = try state.map { try Self.lockStateFile($0, waitingUpTo: lockWait, texts: texts) }
        let service: PracticeOrgService
        do {
            service = try PracticeOrgService(options: options)
        } catch {
            switch error.reason {
            case .notSaved(room: false): throw RuntimeFailure(texts.notAnOrgFile(error.path))
            case .notSaved(room: true): throw RuntimeFailure(texts.notARoomFile(error.path))
            case .aRoom(let count): throw RuntimeFailure(texts.roomFileForOneOrg(error.path, count))
            case .largerRoom(let count): throw RuntimeFailure(texts.largerRoom(error.path, count))
            case .unwritable: throw RuntimeFailure(texts.roomNotWritable(error.path))
            }
        }
        let server = PracticeServer(service: service)
        let announcement = StartAnnouncement(
            listen: listen, room: trainees != nil, clientsFile: clientsFile, clientId: clientId,
            launcher: Environment.value("OMWIZARD_LAUNCHER") ?? "omwizard", texts: texts)
        let application = server.application(address: listen, port: port) { port in
            announce(announcement.lines(port: port, clients: await service.clients).joined(separator: "\n"))
        }
        if let parentPid { Self.stopWhenGone(parentPid, saving: service) }
        do {
            // SIGTERM and SIGINT end the server gracefully; what is not yet saved is saved then.
            try BlockingTask.run {
                try await application.runService()
                await service.flush()
            }
            withExtendedLifetime(stateLock) {}
        } catch where "\(error)".contains("Address already in use") {
            throw RuntimeFailure(texts.portInUse(port))
        } catch where "\(error)".contains("annot assign requested address") || "\(error)".contains("resolve") {
            throw RuntimeFailure(texts.cannotListen(listen))
        }
    }
}

extension ServeCommand {
    /// Takes the state file's lock, waiting for a practice org that still holds it: the org of a wizard that
    /// was just killed saves and ends within a moment, and the resumed wizard's org must not fail meanwhile.
    static func lockStateFile(_ path: String, waitingUpTo seconds: Double, texts: RoomTexts) throws -> FileLock {
        let lock = FileLock(guarding: path)
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, seconds) * 1000))
        while true {
            do {
                try lock.acquire()
                return lock
            } catch is FileLocked where ContinuousClock.now < deadline {
                usleep(50_000)
            } catch let held as FileLocked {
                throw RuntimeFailure(texts.stateFileHeld(path, held.holder))
            } catch let failure as FileError {
                throw RuntimeFailure(texts.stateFileUnusable(path, Texts.for(texts.language).notices.saveFailure(SaveFailure(failure))))
            } catch {
                throw RuntimeFailure(texts.stateFileUnusable(path, "\(error)"))
            }
        }
    }

    /// Ends this program once its parent has gone, even killed with -9: a practice org started by the
    /// wizard must not outlive it, nor hold its state file from the resumed wizard's org. What was not yet
    /// saved is saved first.
    static func stopWhenGone(_ parent: Int32, saving service: PracticeOrgService) {
        DispatchQueue.global().async {
            while getppid() == parent { usleep(20_000) }
            let saved = DispatchSemaphore(value: 0)
            Task {
                await service.flush()
                saved.signal()
            }
            _ = saved.wait(timeout: .now() + 5)
            Glibc.exit(0)
        }
    }
}

