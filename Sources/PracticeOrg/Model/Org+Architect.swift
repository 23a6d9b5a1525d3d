/// Inbound message flows and the Architect jobs that publish them from Archy YAML.
extension Org {
    static let inboundMessageType = "INBOUNDSHORTMESSAGE"

    func flow(_ id: String) throws(APIFailure) -> Flow {
        guard let flow = flows.first(where: { $0.id == id && !$0.deleted }) else { throw .notFound("flow", id) }
        return flow
    }

    /// `type` takes the lowercase query form (inboundshortmessage), as the API does. Listed by id unless
    /// `sortBy` is `name` (the SDK documents id as the default order); `sortOrder` `desc` reverses it.
    func listFlows(types: [String], name: String?, sortBy: String?, sortOrder: String?, page: PageRequest) -> EntityListing<Flow> {
        let wanted = Set(types.map { $0.uppercased() })
        let filter = name.map(NameFilter.init)
        var matches = flows.filter { flow in
            !flow.deleted && (wanted.isEmpty || wanted.contains(flow.type)) && (filter?.matches(flow.name) ?? true)
        }
        if sortBy == "name" {
            matches.sort { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        } else {
            matches.sort { $0.id < $1.id }
        }
        if sortOrder?.lowercased() == "desc" { matches.reverse() }
        let query = types.map { ("type", $0) } + (name.map { [("name", $0)] } ?? [])
            + (sortBy.map { [("sortBy", $0)] } ?? []) + (sortOrder.map { [("sortOrder", $0)] } ?? [])
        return page.listing(matches, path: "/api/v2/flows", query: query)
    }

    /// Registers a job; the YAML goes to `uploadBase`/<job id> (the practice org's stand-in for S3).
    mutating func registerJob(uploadBase: String) -> RegisteredJob {
        let id = newID()
        let job = ArchitectJob(id: id, status: "Registered", command: nil, flow: nil, messages: [],
                               selfUri: "/api/v2/flows/jobs/\(id)")
        jobs.append(StoredJob(job: job, yaml: nil, dueAt: nil))
        return RegisteredJob(id: id, presignedUrl: uploadBase + "/" + id,
                             headers: ["Content-Type": "application/octet-stream"], selfUri: job.selfUri)
    }

    mutating func upload(jobId: String, yaml: String, dueAt: Double) throws(APIFailure) {
        guard let index = jobs.firstIndex(where: { $0.job.id == jobId }) else { throw .notFound("job", jobId) }
        guard jobs[index].job.status == "Registered" else {
            throw .badRequest("The job \(jobId) already has its file.")
        }
        jobs[index].yaml = yaml
        jobs[index].dueAt = dueAt
        jobs[index].job.status = "Started"
        jobs[index].job.command = "Publish"
    }

    func job(_ id: String) throws(APIFailure) -> ArchitectJob {
        guard let stored = jobs.first(where: { $0.job.id == id }) else { throw .notFound("job", id) }
        return stored.job
    }

    /// Finishes the jobs whose time has come: a valid flow is created (or updated) and published; a flow
    /// that names a queue the org lacks fails with Architect-like messages. Returns whether any finished.
    @discardableResult
    mutating func processDueJobs(now: Double) -> Bool {
        var finished = false
        for index in jobs.indices {
            guard jobs[index].job.status == "Started", let due = jobs[index].dueAt, due <= now,
                  let yaml = jobs[index].yaml else { continue }
            finished = true
            // The file is needed only once.
            jobs[index].yaml = nil
            let stamp = ISOTime.string(now)
            do {
                let definition = try InboundMessageFlowDefinition.read(yaml)
                let missing = definition.targetQueueNames.filter { name in
                    !queues.contains { $0.name.lowercased() == name.lowercased() }
                }
                guard missing.isEmpty else {
                    fail(index, missing.map { "Unable to find a queue named '\($0)' for the Transfer to ACD action." }, at: stamp)
                    continue
                }
                let flow = publish(definition)
                flowTransfers[flow.id] = definition.targetQueueNames
                jobs[index].job.status = "Success"
                // An AddressableEntityRef: no name.
                jobs[index].job.flow = EntityRef(id: flow.id, selfUri: flow.selfUri)
            } catch {
                fail(index, [error.message], at: stamp)
            }
        }
        return finished
    }

    private mutating func fail(_ index: Int, _ texts: [String], at stamp: String) {
        jobs[index].job.status = "Failure"
        jobs[index].job.messages = texts.map { JobMessage(dateTime: stamp, type: "Error", text: $0) }
    }

    private mutating func publish(_ definition: InboundMessageFlowDefinition) -> Flow {
        if let index = flows.firstIndex(where: {
            !$0.deleted && $0.type == Org.inboundMessageType && $0.name.lowercased() == definition.name.lowercased()
        }) {
            let current = flows[index].publishedVersion?.name.split(separator: ".").first.flatMap { Int($0) } ?? 0
            let next = current + 1
            flows[index].publishedVersion = Org.version(next, flowId: flows[index].id)
            flows[index].checkedInVersion = flows[index].publishedVersion
            return flows[index]
        }
        let id = newID()
        let flow = Flow(id: id, name: definition.name, description: nil, type: Org.inboundMessageType, division: .home,
                        active: true, system: false, deleted: false, publishedVersion: Org.version(1, flowId: id),
                        checkedInVersion: Org.version(1, flowId: id), selfUri: "/api/v2/flows/\(id)")
        flows.append(flow)
        return flow
    }

    /// Deletes a flow. One that a message route starts is refused, as Genesys refuses to delete a flow
    /// another object depends on (the code is our choice).
    mutating func deleteFlow(_ id: String) throws(APIFailure) {
        guard let index = flows.firstIndex(where: { $0.id == id && !$0.deleted }) else { throw .notFound("flow", id) }
        if let route = recipients.first(where: { $0.flow?.id == id }) {
            throw APIFailure(status: 409, code: "flow.in.use",
                             message: "The flow is in use by the message route «\(route.name)».", params: ["name": route.name])
        }
        flows.remove(at: index)
        flowTransfers[id] = nil
    }

    static func version(_ number: Int, flowId: String) -> FlowVersionRef {
        FlowVersionRef(id: "\(number).0", name: "\(number).0", selfUri: "/api/v2/flows/\(flowId)/versions/\(number).0")
    }
}

/// RegisterArchitectJobRequest: the optional body of POST /api/v2/flows/jobs.
struct RegisterArchitectJobRequest: Decodable, Sendable {
    var createStubs: Bool?
}

struct RegisteredJob: Codable, Equatable, Sendable {
    var id: String
    var presignedUrl: String
    var headers: [String: String]
    var selfUri: String
}
