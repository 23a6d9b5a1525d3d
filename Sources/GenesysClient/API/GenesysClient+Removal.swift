/// What an undo calls to remove what a setup made. A 404 is left to the caller: for an undo, "already
/// gone" is done.
///
/// Each call is one operation of Genesys's SDK (`purecloudplatformclientv2` 269.0.0); the permissions are
/// the SDK docs'.
extension GenesysClient {
    /// `DELETE /api/v2/routing/queues/{queueId}` (RoutingApi.delete_routing_queue); permission
    /// `routing:queue:delete`. Without `forceDelete`, whose meaning the SDK docs do not give: an undo deletes
    /// only a queue left with no member, and a refusal is said, not forced.
    public func deleteQueue(id: String) async throws(APIError) {
        try await callWithoutAnswer("DELETE", "/api/v2/routing/queues/\(id)", permission: "routing:queue:delete")
    }

    /// `DELETE /api/v2/routing/queues/{queueId}/members/{memberId}` (RoutingApi.delete_routing_queue_member);
    /// permission any of `routing:queue:edit`, `routing:queueMember:manage`.
    public func removeMember(userID: String, queueID: String) async throws(APIError) {
        try await callWithoutAnswer("DELETE", "/api/v2/routing/queues/\(queueID)/members/\(userID)",
                                    permission: "routing:queue:edit")
    }

    /// `DELETE /api/v2/flows/{flowId}` (ArchitectApi.delete_flow); permission `architect:flow:delete`.
    public func deleteFlow(id: String) async throws(APIError) {
        try await callWithoutAnswer("DELETE", "/api/v2/flows/\(id)", permission: "architect:flow:delete")
    }

    /// `DELETE /api/v2/conversations/messaging/integrations/open/{integrationId}`
    /// (ConversationsApi.delete_conversations_messaging_integrations_open_integration_id); permission
    /// `messaging:integration:delete`. Its message route goes with it.
    public func deleteOpenIntegration(id: String) async throws(APIError) {
        try await callWithoutAnswer("DELETE", "/api/v2/conversations/messaging/integrations/open/\(id)",
                                    permission: "messaging:integration:delete")
    }

    /// Takes the flow off a message route: RecipientRequest with its optional `flow` left out. How Genesys
    /// reads that is not documented, so an undo reads the route back before it counts it as done.
    ///
    /// `PUT /api/v2/routing/message/recipients/{recipientId}` (RoutingApi.put_routing_message_recipient);
    /// permission `routing:message:manage`.
    public func unbindRecipient(id: String) async throws(APIError) -> Recipient {
        struct Request: Encodable {}
        return try await call("PUT", "/api/v2/routing/message/recipients/\(id)", body: Request(),
                              permission: "routing:message:manage")
    }
}
