import PracticeOrg
import WizardUI

/// The room's OAuth clients, for the trainer: a table printed at start (in the trainer's language) and a
/// file to hand out, a line per trainee, whose few words are in both languages since trainees may read
/// either.
public enum ClientsSheet {
    /// The table the practice program prints when a room starts.
    public static func table(_ clients: [PracticeClient], texts: RoomTexts) -> [String] {
        let numberWidth = max(texts.clientsHeading.number.displayWidth, String(clients.count).count)
        let idWidth = max(texts.clientsHeading.client.displayWidth, clients.map(\.id.displayWidth).max() ?? 0)
        func row(_ number: String, _ id: String, _ secret: String) -> String {
            pad(number, numberWidth) + "  " + pad(id, idWidth) + "  " + secret
        }
        let heading = texts.clientsHeading
        return [row(heading.number, heading.client, heading.secret)]
            + clients.enumerated().map { index, client in row(String(index + 1), client.id, client.secret) }
    }

    /// The hand-out: what to run, in English then in Spanish, then one line per trainee to cut out and give,
    /// ready to paste in a shell.
    public static func file(_ clients: [PracticeClient], address: String) -> String {
        let words = RoomTexts.english.handOut(address) + [""] + RoomTexts.spanish.handOut(address)
        let header = words.map { $0.isEmpty ? "#" : "# " + $0 } + [""]
        let lines = clients.map { client in
            "export GENESYSCLOUD_OAUTHCLIENT_ID=\(client.id) GENESYSCLOUD_OAUTHCLIENT_SECRET=\(client.secret)"
        }
        return (header + lines).joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.displayWidth))
    }
}
