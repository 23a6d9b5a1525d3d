import WizardCore

/// The words of the trainer's side of a room: the view and what the practice program prints at start, in
/// the trainer's language. The sheet handed to trainees says its few words in both (`ClientsSheet`).
public struct RoomTexts: Sendable {
    /// The trainees are counted once the room has been read.
    public var title: @Sendable (_ trainees: Int?, _ address: String) -> String
    /// Each step's column heading, long and short (the short one when the column is narrow).
    public var steps: [(long: String, short: String)]
    public var traineeHeading: String
    public var lastChangeHeading: String
    public var legend: String
    public var ago: @Sendable (_ seconds: Int) -> String
    public var never: String
    /// "! trainee-03: POST /api/v2/routing/queues → 403, 12 s ago"
    public var failedCall: @Sendable (_ client: String, _ call: String, _ status: Int, _ when: String) -> String
    public var unreachable: @Sendable (_ address: String, _ reason: String) -> String
    public var readFailure: @Sendable (RoomReadFailure) -> String
    public var keys: String
    public var rows: @Sendable (_ first: Int, _ last: Int, _ count: Int) -> String
    public var tooSmall: @Sendable (_ columns: Int, _ rows: Int) -> String
    // What the practice program prints when a room starts.
    public var clientsHeading: (number: String, client: String, secret: String)
    public var roomServing: @Sendable (_ trainees: Int, _ address: String) -> String
    public var clientsWritten: @Sendable (_ path: String) -> String
    public var clientsNotWritten: @Sendable (_ path: String, _ reason: String) -> String
    public var traineesConnect: @Sendable (_ address: String) -> String
    /// The clients' file's own words, addressed to a trainee (the file says them in both languages).
    public var handOut: @Sendable (_ address: String) -> [String]
    public var watchIt: @Sendable (_ command: String) -> String
    public var networkWarning: @Sendable (_ address: String) -> String
    // Why a room cannot start from its --state file.
    public var notARoomFile: @Sendable (_ path: String) -> String
    public var notAnOrgFile: @Sendable (_ path: String) -> String
    public var roomFileForOneOrg: @Sendable (_ path: String, _ count: Int) -> String
    public var orgServing: @Sendable (_ address: String, _ clientId: String) -> String
    public var cannotListen: @Sendable (_ address: String) -> String
    public var portInUse: @Sendable (_ port: Int) -> String
    public var stateFileHeld: @Sendable (_ path: String, _ holder: Int32?) -> String
    public var stateFileUnusable: @Sendable (_ path: String, _ reason: String) -> String
    /// The language of these words, for the wizard's texts they quote.
    public var language: Language
    public var largerRoom: @Sendable (_ path: String, _ count: Int) -> String
    public var roomNotWritable: @Sendable (_ path: String) -> String

    public static func `for`(_ language: Language) -> RoomTexts {
        language == .es ? .spanish : .english
    }

    static let english = RoomTexts(
        title: { trainees, address in
            "Practice room · " + (trainees.map { "\($0) trainee\($0 == 1 ? "" : "s") · " } ?? "") + address
        },
        steps: [("Queue", "Queue"), ("Member", "Member"), ("Flow", "Flow"), ("Integration", "Integr."),
                ("Route", "Route"), ("Test message", "Test")],
        traineeHeading: "Trainee",
        lastChangeHeading: "Last change",
        legend: "✓ done  · not yet  ! last call failed",
        ago: { seconds in seconds < 60 ? "\(seconds) s ago" : seconds < 3600 ? "\(seconds / 60) min ago" : "\(seconds / 3600) h ago" },
        never: "—",
        failedCall: { client, call, status, when in "! \(client): \(call) → \(status), \(when)" },
        unreachable: { address, reason in "Cannot read the room at \(address): \(reason)" },
        readFailure: { failure in
            switch failure {
            case .timedOut: "no answer within 3 seconds. Is the practice org there busy, or stopped?"
            case .unreachable(let detail): "\(detail). Start the practice org (omwizard practice), or give its --host and --port."
            case .notARoom(let status): "what answers there (HTTP \(status)) is not a practice org: give its --port."
            case .refused: "the practice org shows its room only on the computer it runs on: watch it from there."
            }
        },
        keys: "q quits · ↑ ↓ PgUp PgDn scroll · refreshed every second",
        rows: { first, last, count in "trainees \(first)–\(last) of \(count)" },
        tooSmall: { columns, rows in "Make the window at least \(columns)×\(rows)." },
        clientsHeading: ("#", "Client id", "Secret"),
        roomServing: { trainees, address in
            "Practice room of \(trainees) trainee\(trainees == 1 ? "" : "s") on \(address) (Ctrl-C stops it)."
        },
        clientsWritten: { path in "The clients are also in \(path) (only you can read it):\nhand each trainee their line." },
        clientsNotWritten: { path, reason in
            "Could not write the clients to \(path) (\(reason)): the table above has them; --clients-file chooses another file."
        },
        traineesConnect: { address in
            "Each trainee pastes their line of that file in a terminal, then runs:\n  " + englishConnect(address)
        },
        handOut: { address in
            ["omwizard practice room", "Take your line below. Paste it in a terminal, then run:", "  " + englishConnect(address)]
        },
        watchIt: { command in "Watch the room: \(command)" },
        networkWarning: { address in
            "Warning: listening on \(address). The practice orgs can now be reached from the network, by anyone who "
                + "can reach this computer. Each org still needs its trainee's secret; the administration (/practice/) "
                + "answers this computer only."
        },
        notARoomFile: { path in "\(path) is not a saved practice room: move it away, or give another --state file." },
        notAnOrgFile: { path in "\(path) is not a saved practice org: move it away, or start without --state." },
        roomFileForOneOrg: { path, count in "\(path) holds a room of \(count) trainees: start with --trainees \(count)." },
        orgServing: { address, clientId in "Practice org on \(address)  (client id \(clientId); Ctrl-C stops it)" },
        cannotListen: { address in "Cannot listen on \(address): this computer has no such address." },
        portInUse: { port in
            "Port \(port) is already in use (another practice org?). Stop it, or choose another port: --port 0 picks a free one."
        },
        stateFileHeld: { path, holder in
            "Another practice org\(holder.map { " (process \($0))" } ?? "") uses \(path): stop it, or give another --state file."
        },
        stateFileUnusable: { path, reason in "Cannot use \(path) as the practice org's state file: \(reason)." },
        language: .en,
        largerRoom: { path, count in "\(path) holds a room of \(count) trainees: start with --trainees \(count) or more." },
        roomNotWritable: { path in "Cannot write the room's clients to \(path): choose a --state file in a folder you can write." }
    )

    static let spanish = RoomTexts(
        title: { trainees, address in
            "Sala de práctica · " + (trainees.map { "\($0) participante\($0 == 1 ? "" : "s") · " } ?? "") + address
        },
        steps: [("Cola", "Cola"), ("Miembro", "Miembro"), ("Flujo", "Flujo"), ("Integración", "Integr."),
                ("Ruta", "Ruta"), ("Mensaje de prueba", "Prueba")],
        traineeHeading: "Participante",
        lastChangeHeading: "Último cambio",
        legend: "✓ hecho  · todavía no  ! su última petición falló",
        ago: { seconds in seconds < 60 ? "hace \(seconds) s" : seconds < 3600 ? "hace \(seconds / 60) min" : "hace \(seconds / 3600) h" },
        never: "—",
        failedCall: { client, call, status, when in "! \(client): \(call) → \(status), \(when)" },
        unreachable: { address, reason in "No se puede leer la sala en \(address): \(reason)" },
        readFailure: { failure in
            switch failure {
            case .timedOut: "sin respuesta en 3 segundos. ¿La organización de práctica está ocupada, o detenida?"
            case .unreachable(let detail): "\(detail). Inicie la organización de práctica (omwizard practice), o indique su --host y su --port."
            case .notARoom(let status): "lo que responde allí (HTTP \(status)) no es una organización de práctica: indique su --port."
            case .refused: "la organización de práctica solo muestra su sala en el equipo donde corre: sígala desde allí."
            }
        },
        keys: "q sale · ↑ ↓ RePág AvPág desplazan · se actualiza cada segundo",
        rows: { first, last, count in "participantes \(first)–\(last) de \(count)" },
        tooSmall: { columns, rows in "Agrande la ventana al menos a \(columns)×\(rows)." },
        clientsHeading: ("#", "Id de cliente", "Secreto"),
        roomServing: { trainees, address in
            "Sala de práctica: \(trainees) participante\(trainees == 1 ? "" : "s") en \(address) (Ctrl-C la detiene)."
        },
        clientsWritten: { path in
            "Los clientes también están en \(path) (solo usted puede leerlo):\nentregue a cada participante su línea."
        },
        clientsNotWritten: { path, reason in
            "No se pudieron escribir los clientes en \(path) (\(reason)): la tabla de arriba los tiene; --clients-file elige otro archivo."
        },
        traineesConnect: { address in
            "Cada participante pega su línea de ese archivo en una terminal y ejecuta:\n  " + spanishConnect(address)
        },
        handOut: { address in
            ["Sala de práctica de omwizard", "Tome su línea, más abajo. Péguela en una terminal y ejecute:",
             "  " + spanishConnect(address)]
        },
        watchIt: { command in "Para seguir la sala: \(command)" },
        networkWarning: { address in
            "Atención: escuchando en \(address). Las organizaciones de práctica ahora se alcanzan desde la red, para "
                + "cualquiera que llegue a este equipo. Cada una sigue pidiendo el secreto de su participante; la "
                + "administración (/practice/) solo responde a este equipo."
        },
        notARoomFile: { path in "\(path) no es una sala de práctica guardada: muévalo, o indique otro archivo en --state." },
        notAnOrgFile: { path in "\(path) no es una organización de práctica guardada: muévalo, o inicie sin --state." },
        roomFileForOneOrg: { path, count in "\(path) guarda una sala de \(count) participantes: iníciela con --trainees \(count)." },
        orgServing: { address, clientId in "Organización de práctica en \(address)  (id de cliente \(clientId); Ctrl-C la detiene)" },
        cannotListen: { address in "No se puede escuchar en \(address): este equipo no tiene esa dirección." },
        portInUse: { port in
            "El puerto \(port) ya está en uso (¿otra organización de práctica?). Deténgala, o elija otro puerto: --port 0 elige uno libre."
        },
        stateFileHeld: { path, holder in
            "Otra organización de práctica\(holder.map { " (proceso \($0))" } ?? "") usa \(path): deténgala, o indique otro archivo en --state."
        },
        stateFileUnusable: { path, reason in "No se puede usar \(path) como archivo de estado de la práctica: \(reason)." },
        language: .es,
        largerRoom: { path, count in
            "\(path) guarda una sala de \(count) participantes: iníciela con --trainees \(count) o más."
        },
        roomNotWritable: { path in
            "No se pueden escribir los clientes de la sala en \(path): elija un archivo --state en una carpeta donde pueda escribir."
        }
    )

    /// How a trainee connects to the room at `address`: said to the trainer at start and in the clients' file.
    private static func englishConnect(_ address: String) -> String {
        "omwizard --mode automatic --api-base \(address) (or --mode verify)"
    }

    private static func spanishConnect(_ address: String) -> String {
        "omwizard --mode automatic --api-base \(address) (o --mode verify)"
    }
}
