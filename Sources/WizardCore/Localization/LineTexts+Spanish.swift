extension LineTexts {
    static let spanish = LineTexts(
        chosen: { reason in
            switch reason {
            case .asked: return ""
            case .dumbTerminal: return "Esta terminal no puede dibujar la pantalla completa (TERM es dumb o no está definido): omwizard pregunta línea a línea, como con --accessible."
            case .notATerminal: return "La entrada o la salida no es una terminal: omwizard pregunta línea a línea, como con --accessible."
            }
        },
        opening: "omwizard, línea a línea. Enter conserva el valor entre corchetes. Escriba ? en cualquier pregunta para ver las órdenes.",
        error: { text in "Error: " + text },
        yes: "sí",
        no: "no",
        yesOrNo: "(sí o no)",
        answerYesOrNo: "Responda sí o no.",
        range: { count in "(1 a \(count))" },
        chooseANumber: { count in "Escriba un número del 1 al \(count)." },
        secretHint: { isSet in isSet ? "(no se muestra al escribir) [se conserva]" : "(no se muestra al escribir)" },
        tokenHint: { length in length == 0 ? "(escriba copiar para verlo)" : "[\(length) caracteres, oculto; escriba copiar para verlo]" },
        mend: { _, issue in
            switch issue {
            case .notChecked: return "Responda sí cuando así sea."
            case .tokenTooShort, .tokenHasSpaces: return "Escriba token para obtener otro."
            case .required, .invalidEmail, .urlNotHTTPS, .invalidURL, .webhookPortNot443, .nameHasAsterisk, .tooLong:
                return nil
            }
        },
        stillWorking: { seconds in "Sigue en curso: \(seconds) segundos." },
        finishedAfter: { seconds in "Terminado tras \(seconds) segundos." },
        whatNext: "¿Qué hacer ahora?",
        action: { action in
            switch action {
            case .carryOutThePlan: return "Llevar a cabo el plan"
            case .retry: return "Reintentar"
            case .leaveToTheAdmin: return "Hacer este paso a mano (Guiado) y seguir con los demás"
            case .giveBackToTheWizard: return "Dejar al asistente los pasos que eran suyos"
            case .back: return "Volver atrás"
            case .goOn: return "Seguir"
            case .finish: return "Terminar"
            case .writeSummary(let path): return "Guardar este resumen en Markdown en \(path)"
            case .undo: return "Deshacer esta configuración"
            case .removeThem: return "Eliminarlos"
            case .removedByHand: return "Ya los eliminé"
            case .keepAndGoOn: return "Mantener este y seguir"
            case .stopTheUndo: return "Detener aquí el deshacer"
            case .startAgain: return "Empezar de nuevo"
            case .quit: return "Salir"
            case .sendTestMessage(let text): return "Enviar el mensaje de prueba «\(text)»"
            case .changeTheText: return "Cambiar el texto y enviarlo"
            case .goOnWithoutATest: return "Seguir sin probar"
            case .sendAnother: return "Enviar otro"
            case .useBackup: return "Usar la copia de seguridad"
            case .startFresh: return "Empezar de cero (el archivo se aparta)"
            case .leaveItAlone: return "Salir sin cambiar nada"
            }
        },
        command: { command in
            switch command {
            case .commands: return "?"
            case .back: return "atrás"
            case .help: return "ayuda"
            case .status: return "estado"
            case .copy: return "copiar"
            case .token: return "token"
            case .make: return "hacer"
            case .quit: return "salir"
            }
        },
        commandList: [
            "Órdenes, en cualquier pregunta:",
            "atrás: la pregunta anterior; en la primera de una pantalla, la pantalla anterior. Lo escrito se conserva.",
            "ayuda: para qué sirve esta pantalla.",
            "estado: cómo va cada paso y dónde se guarda el progreso.",
            "copiar: muestra tal cual el valor de esta pregunta (nunca el secreto del cliente OAuth).",
            "token: otro token de firma del webhook (paso 5).",
            "hacer: el asistente hace este paso en la organización de práctica (Práctica, Verificar).",
            "salir: se detiene aquí; el progreso queda guardado y omwizard continúa donde lo dejó.",
            "Enter conserva el valor entre corchetes. Para responder con una de estas palabras, escriba \\ delante.",
        ],
        noTokenHere: "En esta pantalla no hay token del webhook (está en el paso 5).",
        nothingToMakeHere: "hacer sirve en un paso de Genesys en modo Práctica con Verificar solamente.",
        inputEnded: "La entrada terminó.",
        statusHeading: { path in "Cómo va cada paso (guardado en \(path)):" },
        help: { screen in
            switch screen {
            case .welcome:
                return ["Elija el idioma y el modo por su número. El progreso se guarda tras cada respuesta: puede salir cuando quiera y continuar después exactamente donde estaba."]
            case .step(.integration):
                return ["El paquete no usa la URL ni el token, pero Genesys exige ambos y rechaza un token de 15 caracteres o menos (el «123» del taller falla). El token nunca se guarda en disco; si vuelve más tarde se genera otro. Escriba copiar en la pregunta del token para verlo y escribirlo en Genesys Cloud."]
            case .summary:
                return ["El resumen puede guardarse en Markdown, para compartirlo o guardarlo con sus notas. Deshacer elimina lo que creó esta configuración, tras mostrar lo que eliminará."]
            case .plan:
                return ["El asistente busca lo que existe, muestra lo que hará y lo hace paso a paso cuando usted lo indica. La intención de cada paso se guarda antes, así que una sesión interrumpida encuentra lo creado y nunca lo crea dos veces. Si un paso falla, puede reintentarlo o (en una organización real, Guiado) hacer ese paso a mano y dejar los demás al asistente."]
            case .undo:
                return ["Cada eliminación se guarda antes de enviarse y después de la respuesta: si el asistente se detiene, al volver a ejecutarlo termina el resto, y un objeto que ya no existe cuenta como eliminado. Un objeto renombrado o cambiado desde entonces se conserva, y se indica. Tras un fallo, puede reintentar o conservar ese objeto y seguir."]
            case .connect, .step, .testMessage:
                return nil
            }
        },
        practiceVerifyNote: { address in
            "Organización de práctica en \(address): no tiene páginas donde hacer clic. Escriba hacer y el asistente hace este paso allí por usted, como lo haría el administrador; responda sí para que lo compruebe."
        }
    )
}
