import Glibc

/// The process environment, read through POSIX so that the executable does not need Foundation.
public enum Environment {
    public static var current: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }

    public static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// $XDG_STATE_HOME if it is an absolute path (the spec says to ignore a relative one), else ~/.local/state.
    public static var stateDirectory: String {
        if let state = value("XDG_STATE_HOME"), state.hasPrefix("/") { return state }
        return home + "/.local/state"
    }

    public static var home: String {
        if let home = value("HOME"), !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
            return String(validatingCString: directory) ?? "/tmp"
        }
        return "/tmp"
    }

    public static var workingDirectory: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return buffer.withUnsafeBufferPointer { String(validatingCString: $0.baseAddress!) } ?? "."
    }

    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/") { return home + path.dropFirst(1) }
        return workingDirectory + "/" + path
    }

    /// The UTC time as 20261125-120102, for names of files set aside.
    public static var timestamp: String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))-"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))"
    }

    public static func printError(_ message: String) {
        let bytes = Array((message + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
}
