import DurableFiles
import Glibc
import PracticeOrg
import Testing
@testable import PracticeRoom

@Suite struct ClientsSheetTests {
    private let clients = [PracticeClient(id: "trainee-01", secret: "aaaa"), PracticeClient(id: "trainee-02", secret: "bbbb")]

    @Test func theTableIsInTheTrainersLanguageAndTheFileInBoth() {
        #expect(ClientsSheet.table(clients, texts: .for(.es)) == [
            "#  Id de cliente  Secreto",
            "1  trainee-01     aaaa",
            "2  trainee-02     bbbb",
        ])
        let file = ClientsSheet.file(clients, address: "http://10.0.0.5:8787")
        #expect(file.contains("# Take your line below. Paste it in a terminal, then run:\n#   omwizard --mode automatic --api-base http://10.0.0.5:8787 (or --mode verify)"))
        #expect(file.contains("# Tome su línea, más abajo. Péguela en una terminal y ejecute:\n#   omwizard --mode automatic --api-base http://10.0.0.5:8787 (o --mode verify)"))
        let lines = file.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines == [
            "export GENESYSCLOUD_OAUTHCLIENT_ID=trainee-01 GENESYSCLOUD_OAUTHCLIENT_SECRET=aaaa",
            "export GENESYSCLOUD_OAUTHCLIENT_ID=trainee-02 GENESYSCLOUD_OAUTHCLIENT_SECRET=bbbb",
        ])
    }

    @Test func aRoomsStartWritesTheClientsOnlyTheTrainerCanRead() throws {
        var template = Array("/tmp/omwizard-sheet-XXXXXX".utf8CString)
        let folder = String(cString: mkdtemp(&template)!)
        defer { _ = system("rm -rf '\(folder)'") }
        let path = folder + "/clients.txt"
        let announcement = StartAnnouncement(listen: "127.0.0.1", room: true, clientsFile: path, clientId: "", texts: .for(.en))
        let lines = announcement.lines(port: 8787, clients: clients)
        #expect(lines[0] == "Practice room of 2 trainees on http://127.0.0.1:8787 (Ctrl-C stops it).")
        #expect(lines.contains("2  trainee-02  bbbb"))
        #expect(lines.contains { $0.hasPrefix("The clients are also in \(path)") })
        #expect(lines.last == "Watch the room: omwizard practice room")
        let fromAClone = StartAnnouncement(listen: "127.0.0.1", room: true, clientsFile: path, clientId: "", launcher: "scripts/run",
                                           texts: .for(.en))
        #expect(fromAClone.lines(port: 8787, clients: clients).last == "Watch the room: scripts/run practice room")
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(String(decoding: try DurableFile.read(path), as: UTF8.self) == ClientsSheet.file(clients, address: "http://127.0.0.1:8787"))
        // A folder that is not there: said, and the table is still printed.
        let nowhere = StartAnnouncement(listen: "127.0.0.1", room: true, clientsFile: folder + "/none/c.txt", clientId: "",
                                        texts: .for(.es))
        let said = nowhere.lines(port: 9000, clients: clients)
        #expect(said.contains { $0.hasPrefix("No se pudieron escribir los clientes en \(folder)/none/c.txt") })
        #expect(said.last == "Para seguir la sala: omwizard practice room --port 9000")
        #expect(nowhere.lines(port: 9000, clients: [clients[0]])[0].hasPrefix("Sala de práctica: 1 participante en "))
    }

    @Test func listeningBeyondThisComputerIsSaidPlainlyFirst() {
        let network = StartAnnouncement(listen: "0.0.0.0", room: false, clientsFile: "", clientId: "omwizard-practice", texts: .for(.en))
        let lines = network.lines(port: 8787, clients: [])
        #expect(lines[0].hasPrefix("Warning: listening on 0.0.0.0:8787. The practice orgs can now be reached from the network"))
        #expect(lines[0].contains("still needs its trainee's secret"))
        #expect(lines[1] == "Practice org on http://127.0.0.1:8787  (client id omwizard-practice; Ctrl-C stops it)")
        for address in ["127.0.0.1", "127.0.0.2", "::1", "localhost"] {
            let local = StartAnnouncement(listen: address, room: false, clientsFile: "", clientId: "x", texts: .for(.es))
            #expect(!local.lines(port: 8787, clients: []).contains { $0.hasPrefix("Atención") }, "\(address) is this computer")
        }
        let spanish = StartAnnouncement(listen: "192.168.1.20", room: false, clientsFile: "", clientId: "x", texts: .for(.es))
        #expect(spanish.lines(port: 8787, clients: [])[0].hasPrefix("Atención: escuchando en 192.168.1.20:8787."))
        #expect(StartAnnouncement.urlHost("::1") == "[::1]")
        let lan = StartAnnouncement(listen: "192.168.1.20", room: true, clientsFile: "/nonexistent/c.txt", clientId: "", texts: .for(.en))
        let said = lan.lines(port: 8787, clients: [PracticeClient(id: "trainee-01", secret: "s")])
        #expect(said.contains { $0.contains("--api-base http://192.168.1.20:8787") })
        #expect(said.last == "Watch the room: omwizard practice room --host 192.168.1.20", "the view reads the address listened on")
    }
}
