import Hummingbird

extension PracticeServer {
    /// Flows, and the Architect jobs cycle: register, upload the YAML to the returned URL, poll.
    func addArchitectRoutes(to router: Router<PracticeContext>) {
        router.get("/api/v2/flows") { request, _ in
            await api(request, needs: .all("architect:flow:view")) { tenant in
                let page = try Self.page(request)
                let query = FormQuery(request)
                let types = query.all("type")
                let (name, sortBy, sortOrder) = (query["name"], query["sortBy"], query["sortOrder"])
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in
                    org.listFlows(types: types, name: name, sortBy: sortBy, sortOrder: sortOrder, page: page)
                })
            }
        }
        getByID(router, "/api/v2/flows/:flowId", "flowId", needs: .all("architect:flow:view")) { org, id throws(APIFailure) in
            try org.flow(id)
        }
        deleteByID(router, "/api/v2/flows/:flowId", ["flowId"], needs: .all("architect:flow:delete")) { org, ids throws(APIFailure) in
            try org.deleteFlow(ids[0])
        }
        router.post("/api/v2/flows/jobs") { request, _ in
            await api(request, needs: .all("architect:job:create")) { tenant in
                // The body, RegisterArchitectJobRequest, is optional: left out, or JSON null (what Genesys's
                // Python SDK sends without one); one that is sent must be that model.
                var request = request
                let bytes = try await Self.bytes(of: &request)
                if !bytes.isEmpty { _ = try Self.decode(RegisterArchitectJobRequest?.self, from: bytes) }
                let host = request.head.authority ?? "127.0.0.1"
                return JSONResponse.make(try await service.change(tenant) { org, _ throws(APIFailure) in
                    org.registerJob(uploadBase: "http://\(host)" + PracticeServer.uploadsPath.dropLast())
                })
            }
        }
        router.get("/api/v2/flows/jobs/:jobId") { request, context in
            await api(request, needs: .all("architect:job:view")) { tenant in
                let id = context.parameters.get("jobId") ?? ""
                var job = try await service.read(tenant) { org throws(APIFailure) in try org.job(id) }
                // Messages come only when asked for, as the SDK documents `expand=messages`.
                if !FormQuery(request).all("expand").contains("messages") { job.messages = nil }
                return JSONResponse.make(job)
            }
        }
        // The stand-in for the S3 presigned URL: no bearer token, as with S3.
        router.put(RouterPath(PracticeServer.uploadsPath + ":jobId")) { request, context in
            var request = request
            let id = context.parameters.get("jobId") ?? ""
            do {
                let yaml = String(decoding: try await Self.bytes(of: &request), as: UTF8.self)
                guard let tenant = await service.tenant(holdingJob: id) else { throw APIFailure.notFound("job", id) }
                let delay = await service.delays.job
                try await service.change(tenant) { org, now throws(APIFailure) in
                    try org.upload(jobId: id, yaml: yaml, dueAt: now + delay)
                }
                return JSONResponse.empty(status: 200)
            } catch let failure as APIFailure {
                return JSONResponse.failure(failure)
            }
        }
    }
}
