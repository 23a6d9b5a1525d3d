import Hummingbird

extension PracticeServer {
    /// Users, queues and queue members; also the queue reads that Salesforce's Retrieve Options makes.
    func addDirectoryRoutes(to router: Router<PracticeContext>) {
        router.post("/api/v2/users/search") { request, _ in
            await api(request, needs: .all("directory:user:view")) { tenant in
                var request = request
                let search = try await Self.decode(UserSearchRequest.self, from: &request)
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in try org.searchUsers(search) })
            }
        }
        router.get("/api/v2/routing/queues") { request, _ in
            await api(request, needs: .all("routing:queue:view")) { tenant in
                let page = try Self.page(request)
                let name = Self.query(request, "name")
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in org.listQueues(name: name, page: page) })
            }
        }
        // Retrieve Options needs only routing:queue:search (the package's documented permissions).
        router.get("/api/v2/routing/queues/divisionviews") { request, _ in
            await api(request, needs: .all("routing:queue:search")) { tenant in
                let page = try Self.page(request, maxSize: 100, maxNumber: 5)
                let name = Self.query(request, "name")
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in
                    org.listQueues(name: name, page: page, path: "/api/v2/routing/queues/divisionviews")
                })
            }
        }
        router.get("/api/v2/routing/queues/divisionviews/all") { request, _ in
            await api(request, needs: .all("routing:queue:search")) { tenant in
                let page = try Self.page(request, maxSize: 500)
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in
                    org.listQueues(name: nil, page: page, path: "/api/v2/routing/queues/divisionviews/all")
                })
            }
        }
        router.post("/api/v2/routing/queues") { request, _ in
            await api(request, needs: .all("routing:queue:add")) { tenant in
                var request = request
                let body = try await Self.decode(CreateQueueRequest.self, from: &request)
                return JSONResponse.make(try await service.change(tenant) { org, now throws(APIFailure) in
                    try org.createQueue(body, now: now)
                })
            }
        }
        getByID(router, "/api/v2/routing/queues/:queueId", "queueId", needs: .all("routing:queue:view")) { org, id throws(APIFailure) in
            try org.queue(id)
        }
        router.get("/api/v2/routing/queues/:queueId/members") { request, context in
            // Any of these, as the SDK docs list them for this operation.
            await api(request, needs: .any("routing:queue:view", "routing:queue:edit", "routing:queue:readonly",
                                           "routing:queueMember:manage")) { tenant in
                let id = context.parameters.get("queueId") ?? ""
                let page = try Self.page(request, maxSize: 100)
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in
                    try org.listMembers(queueId: id, page: page)
                })
            }
        }
        router.post("/api/v2/routing/queues/:queueId/members") { request, context in
            await api(request, needs: .any("routing:queue:edit", "routing:queueMember:manage")) { tenant in
                var request = request
                let id = context.parameters.get("queueId") ?? ""
                let delete = Self.query(request, "delete") == "true"
                let body = try await Self.decode([EntityRef].self, from: &request)
                try await service.change(tenant) { org, _ throws(APIFailure) in
                    try org.changeMembers(queueId: id, userIds: body.map(\.id), delete: delete)
                }
                return JSONResponse.empty()
            }
        }
        deleteByID(router, "/api/v2/routing/queues/:queueId", ["queueId"],
                   needs: .all("routing:queue:delete")) { org, ids throws(APIFailure) in
            try org.deleteQueue(ids[0])
        }
        deleteByID(router, "/api/v2/routing/queues/:queueId/members/:memberId", ["queueId", "memberId"],
                   needs: .any("routing:queue:edit", "routing:queueMember:manage")) { org, ids throws(APIFailure) in
            try org.removeMember(queueId: ids[0], userId: ids[1])
        }
    }
}
