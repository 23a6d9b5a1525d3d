import Hummingbird

extension PracticeServer {
    /// Flows, and the Architect jobs cycle: register, upload the YAML to the returned URL, poll.
    func addArchitectRoutes(to router: Router<PracticeContext>) {
        router.get("/api/v2/flows") { request, _ in
            await api(request, needs: "architect:flow:view") {
                let page = try Self.page(request)
                let types = request.uri.queryParameters[values: "type"].map { String($0) }
                let name = Self.query(request, "name")
                return JSONResponse.make(try await service.read { org throws(APIFailure) in
                    org.listFlows(types: types, name: name, page: page)
                })
            }
        }
        getByID(router, "/api/v2/flows/:flowId", "flowId", needs: "architect:flow:view") { org, id throws(APIFailure) in
            try org.flow(id)
        }
        router.post("/api/v2/flows/jobs") { request, _ in
            await api(request, needs: "architect:job:create") {
                let host = request.head.authority ?? "127.0.0.1"
                return JSONResponse.make(try await service.change { org, _ throws(APIFailure) in
                    org.registerJob(uploadBase: "http://\(host)" + PracticeServer.uploadsPath.dropLast())
                })
            }
        }
        getByID(router, "/api/v2/flows/jobs/:jobId", "jobId", needs: "architect:job:view") { org, id throws(APIFailure) in
            try org.job(id)
        }
        // The stand-in for the S3 presigned URL: no bearer token, as with S3.
        router.put(RouterPath(PracticeServer.uploadsPath + ":jobId")) { request, context in
            var request = request
            let id = context.parameters.get("jobId") ?? ""
            do {
                let yaml = String(decoding: try await Self.bytes(of: &request), as: UTF8.self)
                let delay = await service.delays.job
                try await service.change { org, now throws(APIFailure) in
                    try org.upload(jobId: id, yaml: yaml, dueAt: now + delay)
                }
                return JSONResponse.empty(status: 200)
            } catch let failure as APIFailure {
                return JSONResponse.failure(failure)
            }
        }
    }
}
