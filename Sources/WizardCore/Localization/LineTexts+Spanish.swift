extension LineTexts {
    static let spanish = LineTexts(
        chosen: { reason in
            switch reason {
            case .asked: return nil
            case .dumbTerminal: return "Esta terminal no puede dibujar la pantalla completa (TERM es dumb o no está definido): omwizard pregunta línea a línea, como con --accessible."
            case .notATerminal: return "La entrada o la salida no es una terminal: omwizard pregunta línea a línea, como con --accessible."
            }
        },
        opening: "omwizard, línea a línea. Enter conserva el valor entre corchetes. Escriba ? en cualquier pregunta para ver los comandos.",
        error: { text in "Error: " + text },
        yes: "sí",
        no: "no",
        yesOrNo: "(sí o no)",
        answerYesOrNo: "Responda sí o no.",
        notice: { notice in
            switch notice {
            case .nothingToCopy: return "Solo puede copiarse un valor escrito en una pregunta."
            case .pasteRefused: return "Esa respuesta tiene un carácter de control; no se cambió nada. Escríbala de nuevo."
            default: return nil
            }
        },
        range: { count in "(1 a \(count))" },
        chooseANumber: { count in "Escriba un número del 1 al \(count)." },
        secretHint: { isSet in isSet ? "(no se muestra al escribir) [se conserva]" : "(no se muestra al escribir)" },
        tokenHint: { length in length == 0 ? "(aún ninguno: escriba token para obtener uno)" : "[\(length) caracteres, oculto; escriba copiar para verlo]" },
        mend: { _, issue in
            switch issue {
            case .notChecked: return "Responda sí cuando así sea."
            case .tokenTooShort, .tokenHasSpaces: return "Escriba token para obtener otro."
            case .required, .invalidEmail, .urlNotHTTPS, .invalidURL, .webhookPortNot443, .nameHasAsterisk, .tooLong:
                return nil
            }
        },
        stillWorking: { seconds in "Sigue trabajando: \(seconds) segundos." },
        finishedAfter: { seconds in "Terminó en \(seconds) segundos." },
        whatNext: "¿Qué hacer ahora?",
        action: { action in
            switch action {
            case .carryOutThePlan: return "Llevar a cabo el plan"
            case .retry: return "Reintentar"
            case .leaveToTheAdmin: return "Hacer este paso a mano (Guiado) y seguir con los demás"
            case .giveBackToTheWizard: return "Que el asistente haga los pasos que se reservó usted"
            case .back: return "Volver atrás"
            case .goOn: return "Seguir"
            case .finish: return "Terminar"
            case .writeSummary(let path): return "Guardar este resumen en Markdown en \(path)"
            case .undo: return "Deshacer esta configuración"
            case .removeThem: return "Quitarlos"
            case .removedByHand: return "Ya los quité"
            case .keepAndGoOn: return "Mantenerlo y seguir"
            case .stopTheUndo: return "Parar aquí"
            case .startAgain: return "Empezar de nuevo"
            case .quit: return "Salir"
            case .sendTestMessage(let text): return "Enviar el mensaje de prueba «\(text)»"
            case .changeTheText: return "Cambiar el texto y enviarlo"
            case .goOnWithoutATest: return "Seguir sin probar"
            case .sendAnother: return "Enviar otro"
            case .useBackup: return "Recuperar la copia"
            case .startFresh: return "Empezar de cero (el archivo queda al lado)"
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
            "Comandos, en cualquier pregunta:",
            "atrás: la pregunta anterior; en la primera de una pantalla, la pantalla anterior. Lo escrito se conserva.",
            "ayuda: para qué sirve esta pantalla.",
            "estado: cómo va cada paso y dónde se guarda el progreso.",
            "copiar: muestra tal cual el valor de esta pregunta (nunca el secreto del cliente OAuth).",
            "token: otro token de firma del webhook (paso 5).",
            "hacer: el asistente hace este paso en una organización de práctica (modo Verificar).",
            "salir: se detiene aquí; el progreso queda guardado y omwizard continúa donde lo dejó.",
            "Enter conserva el valor entre corchetes. Para responder con una de estas palabras, escriba \\ delante.",
        ],
        noTokenHere: "En esta pantalla no hay token del webhook (está en el paso 5).",
        nothingToMakeHere: "hacer solo sirve en un paso de Genesys, en modo Verificar, en una organización de práctica.",
        inputEnded: "La entrada terminó.",
        savedAgain: "El progreso vuelve a estar guardado.",
        statusHeading: { path in "Cómo va cada paso (guardado en \(path)):" },
        helpNote: { screen in
            switch screen {
            case .welcome: return "Elija el idioma y el modo por su número."
            case .step(.integration): return "Escriba copiar en la pregunta del token para verlo y escribirlo en Genesys Cloud."
            case .connect, .step, .plan, .testMessage, .summary, .undo: return nil
            }
        },
        practiceVerifyNote: { address in
            "Organización de práctica en \(address): no tiene páginas donde hacer clic. Escriba hacer y el asistente hace este paso allí por usted, como lo haría el administrador; responda sí para que lo compruebe."
        }
    )
}
