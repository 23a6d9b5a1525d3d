extension UndoTexts {
    static let spanish = UndoTexts(
        title: "Deshacer esta configuración",
        intro: "Quita lo que esta configuración creó, lo último primero. Lo que reutilizó y lo que usted creó a mano se queda.",
        introByHand: "Usted creó esto en Genesys Cloud: quítelo allí, en este orden. El asistente vuelve después a empezar desde el paso 2.",
        removal: { removal in
            if case .testConversation = removal { return "Cerrar " + object(removal) }
            return "Quitar " + object(removal)
        },
        result: { removal, result in
            switch result {
            case .removed:
                if case .testConversation = removal { return "✓ Cerrada: " + object(removal) }
                return "✓ Quitado: " + object(removal)
            case .alreadyGone: return "✓ Ya no estaba: " + object(removal)
            case .keptChanged(let change):
                let why = switch change {
                case .renamed(let name): "se renombró después, a \(quotedES(name))"
                case .hasOtherMembers(let count): "tiene \(count) miembro(s) que esta configuración no añadió"
                case .routeMoved(let flow?): "ahora inicia el flujo \(quotedES(flow))"
                case .routeMoved(nil): "ahora no inicia ningún flujo"
                case .inUse: "Genesys dice que otro objeto lo usa"
                case .routeKept: "Genesys mantuvo su flujo; quítelo a mano en Enrutamiento de mensajes"
                case .keptByChoice: "usted eligió mantenerlo"
                }
                return "• Se mantiene " + object(removal) + ": " + why
            }
        },
        kept: { kept, answers in
            let what = "• Se mantiene " + step(kept.step, answers)
            switch kept.reason {
            case .reused: return what + " (ya existía antes de esta configuración)"
            case .madeByHand: return what + " (creado a mano; para quitarlo: " + whereToClick(kept.step, answers) + ")"
            case .notRecorded: return what + " (no consta como creado por esta configuración; quítelo a mano si debe irse)"
            }
        },
        byHand: { made, answers in "Quitar " + step(made, answers) + ": " + whereToClick(made, answers) },
        nothingToRemove: "Esta configuración no creó nada que siga registrado: no hay nada que quitar.",
        finished: "Deshecho. Una nueva ejecución empieza desde el paso 2; sus respuestas se conservan.",
        undoneNote: "Esta configuración se deshizo: al continuar se empieza de nuevo desde el paso 2, con sus respuestas.",
        keysReady: "Enter Quitarlos · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysByHand: "Enter Ya los quité · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysFailed: "\(key(.retry)) Reintentar · \(key(.keep)) Mantenerlo y seguir · Esc Parar · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysFinished: "Enter Empezar de nuevo · Ctrl-C Salir",
        stopTitle: "¿Dejar de deshacer aquí?",
        stopBody: ["Lo quitado sigue quitado; el resto se mantiene en la organización y se lista.",
                   "La configuración vuelve después a empezar desde el paso 2, con sus respuestas."],
        stopKeys: "\(key(.yes)) parar aquí · \(key(.no)) seguir deshaciendo",
        help: "Cada eliminación se guarda antes de enviarse y después de responderse: si el asistente se detiene, al volver a ejecutarlo termina el resto, y un objeto que ya no está cuenta como quitado. Un objeto renombrado o cambiado después se mantiene, y se dice. Tras un fallo, puede reintentar la eliminación, o mantener ese objeto y seguir deshaciendo.",
        confirm: { count in "¿Quitar estos \(count) objeto(s) de la organización? [s/N] " },
        confirmByHand: "Cuando los haya quitado, el asistente puede empezar de nuevo desde el paso 2. ¿Registrar ahora la configuración como deshecha? [s/N] ",
        confirmRecordOnly: "No hay nada que quitar aquí. ¿Registrar la configuración como deshecha, para empezar de nuevo desde el paso 2? [s/N] ",
        needsYes: "No hay terminal para preguntar: añada --yes para seguir.",
        cancelled: "No se cambió nada.",
        failedHint: "Vuelva a ejecutar omwizard undo para reintentarlo, o con --keep-failed para mantener lo que no se puede quitar y seguir."
    )
}

/// Lo que quita una eliminación, tal como lo nombra una frase.
private func object(_ removal: Removal) -> String {
    switch removal {
    case .testConversation(let id): return "la conversación de prueba \(id), que quedó abierta"
    case .route(_, _, let restore):
        return restore == nil ? "el flujo de la ruta de mensajes" : "el flujo de la ruta de mensajes (vuelve al que tenía)"
    case .integration(_, let name): return "la integración \(quotedES(name))"
    case .flow(_, let name): return "el flujo \(quotedES(name))"
    case .member(_, _, let email): return "\(email) de la cola"
    case .queue(_, let name): return "la cola \(quotedES(name))"
    }
}

/// Lo que creó un paso, tal como lo nombra una frase.
private func step(_ step: StepID, _ answers: Answers) -> String {
    switch step {
    case .queue: "la cola \(quotedES(answers.queueName))"
    case .member: "\(answers.memberEmail) en \(quotedES(answers.queueName))"
    case .flow: "el flujo \(quotedES(answers.flowName))"
    case .integration: "la integración \(quotedES(answers.integrationName))"
    case .route: "la ruta de \(quotedES(answers.integrationName))"
    case .prerequisites, .salesforce: ""
    }
}

/// Dónde hacer clic para quitar lo que creó un paso; los menús son los que nombran las instrucciones de los pasos.
private func whereToClick(_ step: StepID, _ answers: Answers) -> String {
    switch step {
    case .route:
        return "Menú › Orquestación › Enrutamiento › Enrutamiento de mensajes › el flujo \(quotedES(answers.flowName)) › quitar la dirección"
    case .integration: return "Administración › Mensaje › Plataformas › selecciónela › Eliminar (su ruta se va con ella)"
    case .flow: return "Administración › Architect › Mensaje entrante › selecciónelo › Eliminar"
    case .member: return "Administración › Centro de contacto › Colas › \(quotedES(answers.queueName)) › Miembros › Quitar"
    case .queue: return "Administración › Centro de contacto › Colas › selecciónela › Eliminar"
    case .prerequisites, .salesforce: return ""
    }
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.es) }
