extension TestMessageTexts {
    static let spanish = TestMessageTexts(
        title: "Mensaje de prueba",
        intro: "Envía un mensaje por la integración como lo haría un cliente, lo sigue hasta su cola y luego cierra la conversación de prueba para que ningún agente tenga que atenderla.",
        fieldLabel: "Mensaje",
        suggestedText: "Una prueba de omwizard: ignore este mensaje.",
        nickname: "prueba de omwizard (no es un cliente)",
        sending: "Enviando el mensaje de prueba…",
        following: { seconds in "Esperando a que la conversación llegue a una cola (hasta \(seconds) s)…" },
        outcome: { outcome, answers in
            switch outcome {
            case .reachedQueue(let queue):
                return "✓ El mensaje llegó a la cola \(quotedES(queue)), de la que \(answers.memberEmail) es miembro: los mensajes de los clientes también llegarán."
            case .noConversation:
                return "✗ No se creó ninguna conversación: la integración o su ruta de mensajes no llevan los mensajes a ningún sitio. Revise el paso 6 (la ruta inicia el flujo \(quotedES(answers.flowName)))."
            case .neverReachedAQueue:
                return "✗ La conversación no llegó a ninguna cola: el flujo \(quotedES(answers.flowName)) no la transfiere. Revise su acción Transferir a ACD (paso 4)."
            case .otherQueue(let queue):
                return "✗ El mensaje fue a la cola \(quotedES(queue)), no a \(quotedES(answers.queueName)): el flujo transfiere a otra. Dirija su Transferir a ACD a \(quotedES(answers.queueName)) y vuelva a publicarlo (paso 4)."
            case .noMember(let queue, let email):
                return "✗ El mensaje llegó a la cola \(quotedES(queue)), pero \(email) no es miembro: nadie de esta configuración lo recibiría. Añádalo (paso 3)."
            }
        },
        conversation: { id in "Conversación de prueba \(id) (cerrada)." },
        notReady: "Todavía no hay nada que probar: la integración y la cola se crean en los pasos 2 a 6.",
        needsConnection: "El modo guiado no tiene conexión con la organización: el mensaje de prueba necesita Verificar, Automático o Práctica.",
        keysReady: "Enter Enviar · \(key(.skipTest)) Seguir sin probar · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysResult: "Enter Seguir · \(key(.sendAgain)) Enviar otro · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        help: "El mensaje va por POST /api/v2/conversations/messages/{integrationId}/inbound/open/message, como el paquete de Salesforce envía los mensajes de los clientes (el cliente OAuth necesita conversation:message:receive). El asistente lee después la conversación hasta que está en una cola, comprueba esa cola y su miembro, y desconecta la conversación de prueba.",
        summaryLine: { record in
            switch record.outcome {
            case nil: return "mensaje de prueba enviado, sin seguirlo hasta el final (conversación \(record.conversationID))"
            case .reachedQueue?: return "el mensaje de prueba llegó a la cola (conversación \(record.conversationID))"
            case .some: return "el mensaje de prueba no llegó a la cola (conversación \(record.conversationID))"
            }
        }
    )
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.es) }
