import ArgumentParser
import Glibc
import PracticeRoom
import TerminalUI
import WizardCore
import WizardServices
import WizardUI

/// `omwizard practice room`: the trainer's live view of a practice org's trainees. It only reads the room
/// (GET /practice/room), so it may run beside the practice org, or several times.
struct RoomCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "room",
        abstract: "Shows every trainee's progress in a practice org's room, refreshed every second (q quits)."
    )

    @Option(help: "The practice org's port.")
    var port = 8787

    @Option(help: "The practice org's address (the room's administration answers this computer only).")
    var host = "127.0.0.1"

    @Option(help: "Language of the view: es or en (default: from LC_ALL / LANG).")
    var lang: Language?

    @Flag(help: "Prints the room once, as text, and ends (also when the output is not a terminal).")
    var once = false

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535.") }
    }

    func run() throws {
        let environment = Environment.current
        let texts = RoomTexts.for(lang ?? Language.fromEnvironment(environment))
        let watcher = RoomWatcher(address: "http://\(StartAnnouncement.urlHost(host)):\(port)", texts: texts)
        let term = environment["TERM"] ?? ""
        // Live on a terminal ncurses knows; otherwise (a pipe, TERM=dumb, an unknown TERM) the room once, as text.
        let live = !once && isatty(STDOUT_FILENO) == 1 && isatty(STDIN_FILENO) == 1 && !term.isEmpty && term != "dumb"
            && Terminal.isDescribed(term)
        let status = try BlockingTask.run {
            live ? await watcher.watch(colors: environment["NO_COLOR"] == nil)
                : await Self.printOnce(watcher, columns: Int(environment["COLUMNS"] ?? ""))
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The room once, as text (or why it cannot be read, on standard error); the exit status.
    private static func printOnce(_ watcher: RoomWatcher, columns: Int?) async -> Int32 {
        var board = watcher.board(after: await watcher.read(), previous: nil)
        board.live = false
        if let problem = board.problem {
            Environment.printError(problem)
            return 1
        }
        // As wide as the terminal, when there is one; a pipe gets 100 columns.
        let width = max(RoomBoard.minimumSize.columns, columns ?? 100)
        let grid = board.grid(TerminalSize(columns: width, rows: board.fullHeight(width)))
        announce(grid.lines.reversed().drop { $0.isEmpty }.reversed().joined(separator: "\n"))
        return 0
    }
}
