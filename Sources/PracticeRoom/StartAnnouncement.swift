import DurableFiles
import Glibc
import PracticeOrg

/// The most trainees one process serves: 30 is the room the bench measures, and a few rooms' worth more
/// still fit easily in memory.
public enum RoomLimits {
    public static let trainees = 200
}

/// What the practice program prints once it listens: its address, and for a room the trainees' clients
/// (also written to a file to hand out), how trainees connect, and how to watch the room. Listening on an
/// address other than loopback is said first, plainly.
public struct StartAnnouncement: Sendable {
    let listen: String
    let room: Bool
    let clientsFile: String
    let clientId: String
    /// How the trainer started omwizard ("omwizard", or "scripts/run" from a clone), to name the view's command.
    let launcher: String
    let texts: RoomTexts

    public init(listen: String, room: Bool, clientsFile: String, clientId: String, launcher: String = "omwizard",
                texts: RoomTexts) {
        self.listen = listen
        self.room = room
        self.clientsFile = clientsFile
        self.clientId = clientId
        self.launcher = launcher
        self.texts = texts
    }

    /// The lines to print once the server listens on `port`; for a room, writes the clients' file first.
    public func lines(port: Int, clients: [PracticeClient]) -> [String] {
        let local = "http://\(Self.urlHost(listen == "0.0.0.0" || listen == "::" ? PracticeServer.loopback : listen)):\(port)"
        let reachable = "http://\(Self.urlHost(Self.addressForOthers(listen))):\(port)"
        let warning = PracticeServer.isLoopback(listen) ? [] : [texts.networkWarning("\(Self.urlHost(listen)):\(port)")]
        guard room else {
            return warning + [texts.orgServing(local, clientId)]
        }
        var lines = warning + [texts.roomServing(clients.count, reachable), ""] + ClientsSheet.table(clients, texts: texts) + [""]
        do {
            try TextFileWriter.write(ClientsSheet.file(clients, address: reachable), to: clientsFile)
            lines.append(texts.clientsWritten(Self.absolute(clientsFile)))
        } catch {
            lines.append(texts.clientsNotWritten(clientsFile, "\(error)"))
        }
        lines.append(texts.traineesConnect(reachable))
        // The view reads 127.0.0.1 unless told otherwise: the address listened on, when 127.0.0.1 is not among them.
        let hostOption = [PracticeServer.loopback, "localhost", "0.0.0.0", "::"].contains(listen) ? "" : " --host \(listen)"
        let portOption = port == 8787 ? "" : " --port \(port)"
        lines.append(texts.watchIt(launcher + " practice room" + hostOption + portOption))
        return lines
    }

    /// The address trainees' laptops use: the one listened on, or for "every address" (0.0.0.0, ::) this
    /// computer's first IPv4 address on a network that is up, leaving out containers' and virtual machines'
    /// bridges (docker0, br-…, virbr…, veth…), which no laptop reaches.
    static func addressForOthers(_ listen: String) -> String {
        guard listen == "0.0.0.0" || listen == "::" else { return listen }
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return listen }
        defer { freeifaddrs(list) }
        var entry = list
        while let current = entry {
            defer { entry = current.pointee.ifa_next }
            let flags = current.pointee.ifa_flags
            let name = String(cString: current.pointee.ifa_name)
            guard let address = current.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET),
                  flags & UInt32(IFF_LOOPBACK) == 0, flags & UInt32(IFF_UP) != 0, flags & UInt32(IFF_RUNNING) != 0,
                  !["docker", "br-", "virbr", "veth"].contains(where: name.hasPrefix) else { continue }
            var text = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            var inet = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
            guard inet_ntop(AF_INET, &inet, &text, socklen_t(text.count)) != nil else { continue }
            return String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
        return listen
    }

    /// An IPv6 address goes in brackets in a URL.
    public static func urlHost(_ address: String) -> String {
        address.contains(":") ? "[\(address)]" : address
    }

    private static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
