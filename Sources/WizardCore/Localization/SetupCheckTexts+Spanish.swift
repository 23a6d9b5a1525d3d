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

extension UndoTexts {
    static let spanish = UndoTexts(
        title: "Deshacer esta configuración",
        intro: "Quita lo que esta configuración creó, lo último primero. Lo que reutilizó y lo que usted creó a mano se queda.",
        introByHand: "Usted creó esto en Genesys Cloud: quítelo allí, en este orden. El asistente vuelve después a empezar desde el paso 2.",
        removal: { removal in "Quitar " + spanishObject(removal) },
        result: { removal, result in
            switch result {
            case .removed: return "✓ Quitado: " + spanishObject(removal)
            case .alreadyGone: return "✓ Ya no estaba: " + spanishObject(removal)
            case .keptChanged(let change):
                let why = switch change {
                case .renamed(let name): "se renombró después, a \(quotedES(name))"
                case .hasOtherMembers(let count): "tiene \(count) miembro(s) que esta configuración no añadió"
                case .routeMoved(let flow): "ahora inicia el flujo \(quotedES(flow))"
                case .inUse: "Genesys dice que otro objeto lo usa"
                case .routeKept: "Genesys mantuvo su flujo; quítelo a mano en Enrutamiento de mensajes"
                }
                return "• Se mantiene " + spanishObject(removal) + ": " + why
            }
        },
        kept: { kept, answers in
            let why = kept.reason == .reused ? "ya existía antes de esta configuración" : "creado a mano: le toca a usted quitarlo"
            return "• Se mantiene " + spanishStep(kept.step, answers) + " (\(why))"
        },
        byHand: { step, answers in
            switch step {
            case .route:
                return "La ruta de \(quotedES(answers.integrationName)): Menú › Orquestación › Enrutamiento › Enrutamiento de mensajes › su flujo \(quotedES(answers.flowName)) › quitar la dirección"
            case .integration:
                return "La integración \(quotedES(answers.integrationName)): Administración › Mensaje › Plataformas › selecciónela › Eliminar (su ruta se va con ella)"
            case .flow:
                return "El flujo \(quotedES(answers.flowName)): Administración › Architect › Mensaje entrante › selecciónelo › Eliminar"
            case .member:
                return "\(answers.memberEmail) en \(quotedES(answers.queueName)): Administración › Centro de contacto › Colas › \(quotedES(answers.queueName)) › Miembros › Quitar"
            case .queue:
                return "La cola \(quotedES(answers.queueName)): Administración › Centro de contacto › Colas › selecciónela › Eliminar"
            case .prerequisites, .salesforce:
                return ""
            }
        },
        nothingToRemove: "Esta configuración no creó nada que siga registrado: no hay nada que quitar.",
        finished: "Deshecho. Una nueva ejecución empieza desde el paso 2; sus respuestas se conservan.",
        undoneNote: "Esta configuración se deshizo: al continuar se empieza de nuevo desde el paso 2, con sus respuestas.",
        keysReady: "Enter Quitarlos · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysByHand: "Enter Ya los quité · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysFailed: "\(key(.retry)) Reintentar · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysFinished: "Enter Empezar de nuevo · Ctrl-C Salir",
        help: "Cada eliminación se guarda antes de enviarse y después de responderse: si el asistente se detiene, al volver a ejecutarlo termina el resto, y un objeto que ya no está cuenta como quitado. Un objeto renombrado o cambiado después se mantiene, y se dice.",
        confirm: { count in "¿Quitar estos \(count) objeto(s) de la organización? [s/N] " },
        needsYes: "No hay terminal para preguntar: añada --yes para quitarlos.",
        confirmByHand: "Cuando los haya quitado, el asistente puede empezar de nuevo desde el paso 2. ¿Registrar ahora la configuración como deshecha? [s/N] ",
        needsConnection: "El modo guiado no tiene conexión con la organización: el asistente solo dice dónde hacer clic.",
        needsSecret: "Defina GENESYSCLOUD_OAUTHCLIENT_SECRET (el secreto del cliente OAuth, nunca se guarda) para llegar a la organización.",
        cancelled: "No se cambió nada."
    )
}

/// El objeto que quita una eliminación, tal como lo nombra una frase.
private func spanishObject(_ removal: Removal) -> String {
    switch removal {
    case .route(_, _, let restore):
        return restore == nil ? "el flujo de la ruta de mensajes" : "el flujo de la ruta de mensajes (vuelve al que tenía)"
    case .integration(_, let name): return "la integración \(quotedES(name))"
    case .flow(_, let name): return "el flujo \(quotedES(name))"
    case .member(_, _, let email): return "\(email) de la cola"
    case .queue(_, let name): return "la cola \(quotedES(name))"
    }
}

private func spanishStep(_ step: StepID, _ answers: Answers) -> String {
    switch step {
    case .queue: "la cola \(quotedES(answers.queueName))"
    case .member: "\(answers.memberEmail) en la cola"
    case .flow: "el flujo \(quotedES(answers.flowName))"
    case .integration: "la integración \(quotedES(answers.integrationName))"
    case .route: "la ruta de mensajes"
    case .prerequisites, .salesforce: ""
    }
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.es) }
