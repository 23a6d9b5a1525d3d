/// What the practice org needs from an uploaded Archy file: the flow's name and the queues its
/// "Transfer to ACD" actions name.
struct InboundMessageFlowDefinition: Equatable {
    var name: String
    var targetQueueNames: [String]

    /// Reads an Archy YAML document. Errors read like Architect's job messages.
    static func read(_ yaml: String) throws(FlowFileProblem) -> InboundMessageFlowDefinition {
        let root: YAMLNode
        do {
            root = try YAMLReader.parse(yaml)
        } catch {
            throw .unreadable("YAML error on line \(error.line): \(error.message)")
        }
        guard case .mapping(let entries) = root, let (kind, flow) = entries.first.map({ ($0.key, $0.value) }) else {
            throw .unreadable("The file does not describe a flow.")
        }
        guard kind == "inboundShortMessage" else {
            throw .wrongType("The flow type «\(kind)» is not an inbound message flow (inboundShortMessage).")
        }
        guard let name = flow["name"]?.string, !name.trimmingTrailingWhitespace.isEmpty else {
            throw .invalid("The flow has no name.")
        }
        guard case .sequence(let states)? = flow["states"], !states.isEmpty else {
            throw .invalid("The flow «\(name)» has no states.")
        }
        var queues: [String] = []
        collectTransferTargets(in: flow, into: &queues)
        return InboundMessageFlowDefinition(name: name, targetQueueNames: queues)
    }

    /// Every `transferToAcd` action, wherever it sits (states, tasks, branches), by its literal queue name.
    private static func collectTransferTargets(in node: YAMLNode, into queues: inout [String]) {
        switch node {
        case .mapping(let entries):
            for entry in entries {
                let (key, value) = (entry.key, entry.value)
                if key == "transferToAcd", let queue = value["targetQueue"]?["lit"]?["name"]?.string {
                    queues.append(queue)
                }
                collectTransferTargets(in: value, into: &queues)
            }
        case .sequence(let items):
            items.forEach { collectTransferTargets(in: $0, into: &queues) }
        case .scalar, .null:
            break
        }
    }
}

enum FlowFileProblem: Error, Equatable {
    case unreadable(String)
    case wrongType(String)
    case invalid(String)

    var message: String {
        switch self {
        case .unreadable(let text), .wrongType(let text), .invalid(let text): return text
        }
    }
}
