import Glibc
import HummingbirdTesting
import PracticeOrg
import Testing
import WizardCore
import WizardUI
@testable import PracticeRoom

@Suite struct RoomBoardTests {
    private static let now = 1_795_000_000.0

    private func report(_ count: Int) -> RoomReport {
        RoomReport(trainees: (1...count).map { number in
            TraineeProgress(number: number, clientId: "trainee-" + (number < 10 ? "0" : "") + String(number), progress: SetupProgress())
        }, now: Self.now)
    }

    private func board(_ report: RoomReport?, _ language: Language = .en) -> RoomBoard {
        var board = RoomBoard(address: "http://127.0.0.1:8787", texts: .for(language))
        board.report = report
        return board
    }

    @Test func aRowPerTraineeAColumnPerStepTheLastChangeAndAFailedCallMarked() {
        var room = report(3)
        room.trainees[1].progress = SetupProgress(queue: "Atención", member: "Ana García", flow: "Flujo", integration: "SF",
                                                  route: "Flujo", testMessage: "c-1")
        room.trainees[1].lastChange = Self.now - 125
        room.trainees[2].progress = SetupProgress(queue: "Ventas Norte")
        room.trainees[2].lastCall = LastCall(method: "POST", path: "/api/v2/routing/queues", status: 403, at: Self.now - 4)
        let lines = board(room).grid(TerminalSize(columns: 120, rows: 24)).lines
        #expect(lines[0] == "Practice room · 3 trainees · http://127.0.0.1:8787")
        #expect(lines[2].hasPrefix("  # Trainee    Queue"))
        for heading in ["Member", "Flow", "Integration", "Route", "Test message", "Last change"] {
            #expect(lines[2].contains(heading))
        }
        #expect(lines[3].hasPrefix("  1 trainee-01 ·") && lines[3].hasSuffix("—"), "nothing done, never changed")
        #expect(lines[4].components("✓") == 6 && lines[4].contains("✓ Ana García") && lines[4].hasSuffix("2 min ago"))
        #expect(lines[5].hasPrefix("! 3 trainee-03 ✓ Ventas Norte"))
        #expect(lines[22] == "! trainee-03: POST /api/v2/routing/queues → 403, 4 s ago")
        #expect(lines[23].hasPrefix("q quits"))
    }

    @Test func theTrainersLanguageAndNarrowColumnsCutWithAnEllipsis() {
        var room = report(2)
        room.trainees[0].progress = SetupProgress(queue: "Atención al Cliente Premium")
        room.trainees[0].lastChange = Self.now - 30
        let lines = board(room, .es).grid(TerminalSize(columns: 80, rows: 24)).lines
        #expect(lines[0] == "Sala de práctica · 2 participantes · http://127.0.0.1:8787")
        #expect(lines[1] == "✓ hecho  · todavía no  ! su última petición falló")
        #expect(lines[2].contains("Participante") && lines[2].contains("Cola") && lines[2].contains("Integr.")
            && lines[2].contains("Prueba") && lines[2].contains("Último cambio"))
        #expect(lines[3].contains("✓ Aten…") && lines[3].hasSuffix("hace 30 s"))
        #expect(lines.allSatisfy { $0.displayWidth <= 80 })
        #expect(lines[23].hasPrefix("q sale"))
    }

    @Test func aRoomTallerThanTheWindowScrollsAndSaysWhichRowsShow() {
        var shown = board(report(30))
        let size = TerminalSize(columns: 80, rows: 24)
        var lines = shown.grid(size).lines
        #expect(lines[1].hasSuffix("trainees 1–20 of 30"))
        #expect(lines[3].contains("trainee-01") && lines[22].contains("trainee-20"))
        shown.scroll(by: shown.traineeRows(size), in: size)
        lines = shown.grid(size).lines
        #expect(lines[1].hasSuffix("trainees 11–30 of 30"), "a page down stops at the last trainee")
        shown.scroll(by: -1_000, in: size)
        #expect(shown.firstRow == 0)
        // Too narrow for both, the range wins over the legend (never one written over the other).
        var narrow = board(report(30), .es)
        narrow.firstRow = 0
        let line = narrow.grid(TerminalSize(columns: 60, rows: 24)).lines[1]
        #expect(line == String(repeating: " ", count: 60 - "participantes 1–20 de 30".count) + "participantes 1–20 de 30")
        #expect(RoomWatcher.scrolling(.pageDown, page: 20) == 20 && RoomWatcher.scrolling(.character("x"), page: 20) == nil)
    }

    @Test func aNameFromAnOrgNeverMovesTheCursorAndASmallWindowSaysSo() {
        var room = report(1)
        room.trainees[0].progress = SetupProgress(queue: "Cola\u{1B}[2J\u{07}Mala")
        let text = board(room).grid(TerminalSize(columns: 120, rows: 10)).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.contains("✓ Cola[2JMala"))
        let small = board(room).grid(TerminalSize(columns: 59, rows: 24)).lines
        #expect(small[0] == "Make the window at least 60×8.")
    }

    @Test func anUnreachableOrgIsSaidAndTheLastReportStays() {
        let watcher = RoomWatcher(address: "http://127.0.0.1:9", texts: .for(.en))
        let read = watcher.board(after: .success(report(2)), previous: nil)
        let failed = watcher.board(after: .failure(.timedOut), previous: read)
        let lines = failed.grid(TerminalSize(columns: 100, rows: 10)).lines
        #expect(lines[0].contains("2 trainees") && lines[3].contains("trainee-01"))
        #expect(lines[7...8].joined(separator: " ")
            == "Cannot read the room at http://127.0.0.1:9: no answer within 3 seconds. Is the practice org there busy, or stopped?",
            "said whole, over two rows")
        let spanish = RoomWatcher(address: "http://127.0.0.1:9", texts: .for(.es))
            .board(after: .failure(.notARoom(status: 404)), previous: nil)
        #expect(spanish.problem == "No se puede leer la sala en http://127.0.0.1:9: lo que responde allí (HTTP 404) no es una organización de práctica: indique su --port.")
        #expect(spanish.grid(TerminalSize(columns: 100, rows: 10)).lines[0] == "Sala de práctica · http://127.0.0.1:9")
    }

    @Test func theRoomReadsARealPracticeOrgOverHTTP() async throws {
        var options = PracticeOrgOptions()
        options.trainees = 2
        let service = try PracticeOrgService(options: options)
        try await PracticeServer(service: service).application(port: 0).test(.live) { client in
            let watcher = RoomWatcher(address: "http://127.0.0.1:\(try #require(client.port))", texts: .for(.en))
            let report = try await watcher.read().get()
            #expect(report.trainees.map(\.clientId) == ["trainee-01", "trainee-02"])
        }
        let nowhere = RoomWatcher(address: "http://127.0.0.1:1", texts: .for(.en))
        guard case .failure(.unreachable) = await nowhere.read() else {
            Issue.record("a closed port is unreachable")
            return
        }
    }
}

private extension String {
    func components(_ text: String) -> Int { split(separator: Character(text), omittingEmptySubsequences: false).count - 1 }
}
