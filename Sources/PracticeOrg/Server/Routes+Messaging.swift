import Hummingbird

extension PracticeServer {
    /// Open Messaging integrations, all messaging integrations (Retrieve Options), message routing.
    func addMessagingRoutes(to router: Router<PracticeContext>) {
        let integrations = "/api/v2/conversations/messaging/integrations"
        router.post("\(integrations)/open") { request, _ in
            await api(request, needs: .all("messaging:integration:add")) { tenant in
                var request = request
                let body = try await Self.decode(OpenIntegrationRequest.self, from: &request)
                let delay = await service.delays.integration
                return JSONResponse.make(try await service.change(tenant) { org, now throws(APIFailure) in
                    try org.createIntegration(body, now: now, completesAt: now + delay)
                })
            }
        }
        router.get("\(integrations)/open") { request, _ in
            await api(request, needs: .all("messaging:integration:view")) { tenant in
                let page = try Self.page(request, maxSize: 100)
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in org.listIntegrations(page: page) })
            }
        }
        getByID(router, "\(integrations)/open/:integrationId", "integrationId",
                needs: .all("messaging:integration:view")) { org, id throws(APIFailure) in
            try org.integration(id)
        }
        deleteByID(router, "\(integrations)/open/:integrationId", ["integrationId"],
                   needs: .all("messaging:integration:delete")) { org, ids throws(APIFailure) in
            try org.deleteIntegration(ids[0])
        }
        router.get(RouterPath(integrations)) { request, _ in
            await api(request, needs: .all("messaging:integration:view")) { tenant in
                let page = try Self.page(request, maxSize: 100)
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in org.listAllIntegrations(page: page) })
            }
        }
        router.get("/api/v2/routing/message/recipients") { request, _ in
            await api(request, needs: .all("routing:message:manage")) { tenant in
                let page = try Self.page(request, maxSize: 100)
                let type = Self.query(request, "messengerType")
                let name = Self.query(request, "name")
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in
                    org.listRecipients(messengerType: type, name: name, page: page)
                })
            }
        }
        getByID(router, "/api/v2/routing/message/recipients/:recipientId", "recipientId",
                needs: .all("routing:message:manage")) { org, id throws(APIFailure) in
            try org.recipient(id)
        }
        router.put("/api/v2/routing/message/recipients/:recipientId") { request, context in
            await api(request, needs: .all("routing:message:manage")) { tenant in
                var request = request
                let id = context.parameters.get("recipientId") ?? ""
                let body = try await Self.decode(RecipientRequest.self, from: &request)
                return JSONResponse.make(try await service.change(tenant) { org, now throws(APIFailure) in
                    try org.bindRecipient(id, body, now: now)
                })
            }
        }
    }
}
