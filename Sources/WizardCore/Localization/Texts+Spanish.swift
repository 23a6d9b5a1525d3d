extension Texts {
    static let spanish: Texts = Texts(
        appTitle: "omwizard · Open Messaging para Salesforce",
        languageName: "Español",
        steps: StepTexts(
            stepName: { step in
                switch step {
                case .prerequisites: return "Requisitos"
                case .queue: return "Cola"
                case .member: return "Miembro"
                case .flow: return "Flujo"
                case .integration: return "Integración"
                case .route: return "Ruta"
                case .salesforce: return "Salesforce"
                }
            },
            progress: { number, total, name in "Paso \(number) de \(total): \(name)" },
            whyLabel: "Por qué: ",
            whereLabel: "Dónde: ",
            why: { step in
                switch step {
                case .prerequisites:
                    return "El capítulo exige ser administrador en Genesys Cloud y en Salesforce, con el paquete ya instalado."
                case .queue:
                    return "Los mensajes que Salesforce enruta llegan a una cola de Genesys; después Salesforce la mostrará en su lista."
                case .member:
                    return "Solo los miembros de la cola reciben sus mensajes: su usuario debe serlo para probar el enrutamiento."
                case .flow:
                    return "El flujo de mensaje entrante es el que envía cada mensaje nuevo a la cola."
                case .integration:
                    return "La integración Open Messaging es la puerta por la que entran los mensajes de Salesforce."
                case .route:
                    return "La ruta indica qué flujo atiende los mensajes que llegan a la integración."
                case .salesforce:
                    return "Retrieve Options copia las colas y las integraciones a las listas de Salesforce."
                }
            },
            instructions: { step, answers, status in
                let queue = quotedES(answers.queueName)
                switch step {
                case .prerequisites:
                    return ["Genesys Cloud: Administración › Personas y permisos › Personas › su usuario › Roles",
                            "Salesforce: Configuración › Paquetes instalados"]
                case .queue:
                    return answers.queueOrigin == .new
                        ? ["Genesys Cloud: Administración › Centro de contacto › Colas › Crear cola",
                           "Llámela \(queue) y pulse Guardar."]
                        : ["Genesys Cloud: Administración › Centro de contacto › Colas",
                           "Busque la cola y escriba abajo su nombre exacto."]
                case .member:
                    return answers.memberOrigin == .new
                        ? ["Genesys Cloud: Administración › Centro de contacto › Colas › \(queue) › Miembros",
                           "Agregar miembros › el usuario con este correo › Agregar."]
                        : ["Genesys Cloud: Administración › Centro de contacto › Colas › \(queue) › Miembros",
                           "Compruebe que el usuario con este correo aparece en la lista."]
                case .flow:
                    if answers.flowOrigin == .existing {
                        return ["Genesys Cloud: Administración › Architect › Mensaje entrante",
                                "Elija un flujo publicado que transfiera a la cola \(queue); escriba abajo su nombre exacto."]
                    }
                    if status == .stale {
                        return ["Genesys Cloud: Administración › Architect › Mensaje entrante › \(quotedES(answers.flowName)) › Editar",
                                "Cambie la cola de Transferir a ACD a \(queue) y vuelva a pulsar Publicar."]
                    }
                    // Los pasos de la ayuda de Genesys ("Create a flow"), con las palabras de su ayuda en español.
                    return ["Genesys Cloud: Administración › Architect › Mensaje entrante › Agregar",
                            "Llámelo \(quotedES(answers.flowName)) en el diálogo Crear flujo y pulse Crear flujo.",
                            "Estado inicial: arrastre Transferir a ACD debajo de Inicio, cola \(queue). Después, Publicar."]
                case .integration:
                    // "Configure an Open Messaging integration": Agregar plataforma, Agregar en el mosaico Open
                    // Messaging, y los campos con los nombres que Genesys les da.
                    return ["Genesys Cloud: Administración › Mensaje › Plataformas › Agregar plataforma › Agregar (Open Messaging)",
                            "Name, Outbound Notification Webhook URL y … Signature Secret Token: los valores de abajo; Guardar.",
                            "El token «123» del capítulo es demasiado corto: Genesys solo acepta más de 15 caracteres."]
                case .route:
                    // "Message routing overview": el menú nuevo y el anterior; el botón es Agregar.
                    return ["Genesys Cloud: Menú › Orquestación › Enrutamiento › Enrutamiento de mensajes › Agregar",
                            "(menú anterior: Administración › Enrutamiento › Enrutamiento de mensajes › Agregar)",
                            "Flujo: \(quotedES(answers.flowName)) (paso 4). Dirección: \(quotedES(answers.integrationName)) (paso 5). Después, Guardar."]
                case .salesforce:
                    return ["Salesforce: Configuración › Paquetes instalados",
                            "Genesys Cloud for Salesforce External Routing › Configure › Retrieve Options",
                            "Debe listar la cola \(queue) y la integración \(quotedES(answers.integrationName))."]
                }
            },
        ),
        chrome: ChromeTexts(
            modeName: { mode in
                switch mode {
                case .guided: return "Guiado"
                case .verify(.real): return "Verificar"
                case .automatic(.real): return "Automático"
                case .verify(.practice), .automatic(.practice): return "Práctica"
                }
            },
            profileLabel: "perfil",
            keysStep: "Enter Siguiente · Esc Atrás · Tab Campo · \(key(.help)) Ayuda · \(key(.copy)) Copiar · Ctrl-C Salir",
            keysWelcome: { resuming in
                (resuming ? "Enter Continuar" : "Enter Empezar") + " · ←/→ Cambiar · Tab Campo · \(key(.help)) Ayuda · Esc Salir"
            },
            keysSummary: "Enter Terminar · \(key(.writeSummary)) Guardar · \(key(.undo)) Deshacer · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
            summaryWrites: { path in "\(key(.writeSummary)) guarda este resumen en Markdown en \(path)" },
            tokenKeys: "\(key(.revealSecret)) mostrar/ocultar · \(key(.newToken)) otro · más de 15 caracteres",
        ),
        fields: FieldTexts(
            fieldLabel: { field in
                switch field {
                case .language: return "Idioma"
                case .mode: return "Modo"
                case .location: return "Región o dirección"
                case .clientID: return "Id de cliente"
                case .clientSecret: return "Secreto de cliente"
                case .practiceRuns: return "Practicar con"
                case .resume: return "Progreso"
                case .genesysAdmin: return "Soy administrador de la organización de Genesys Cloud CX"
                case .salesforceAdmin: return "Soy administrador de la organización de Salesforce"
                case .packageInstalled: return "«Genesys Cloud for Salesforce External Routing» está instalado"
                case .queueOrigin: return "Cola"
                case .queueName: return "Nombre de la cola"
                case .queueDone: return "La cola existe en Genesys Cloud"
                case .memberEmail: return "Correo del usuario"
                case .memberOrigin: return "Pertenencia"
                case .memberDone: return "El usuario es miembro de la cola"
                case .flowOrigin: return "Flujo"
                case .flowName: return "Nombre del flujo"
                case .flowDone: return "El flujo está publicado"
                case .integrationName: return "Nombre"
                case .webhookURL: return "URL del webhook"
                case .secretToken: return "Token secreto"
                case .integrationDone: return "La integración está guardada en Genesys Cloud"
                case .routeDone: return "La ruta de mensajes está guardada"
                case .salesforceSetup: return "1. Abrí Configuración en Salesforce"
                case .salesforceInstalledPackages: return "2. Busqué Paquetes instalados"
                case .salesforceConfigure: return "3. Pulsé Configure en el paquete External Routing"
                case .salesforceRetrieveOptions: return "4. Pulsé Retrieve Options"
                case .testMessageText: return TestMessageTexts.spanish.fieldLabel
                }
            },
            originOption: { step, origin in
                let existing = origin == .existing
                switch step {
                case .queue: return existing ? "Usar una existente" : "Crear una nueva"
                case .member: return existing ? "Ya es miembro" : "Agregarlo ahora"
                case .flow: return existing ? "Reutilizar uno publicado" : "Crear uno nuevo"
                case .prerequisites, .integration, .route, .salesforce: return ""
                }
            },
            resumeOption: { resume, name in resume ? "Continuar en \(name)" : "Empezar de nuevo" },
            issue: { field, issue in
                switch issue {
                case .required:
                    switch field {
                    case .location: return "Obligatorio: la región de la organización, como eu-west-1 o mypurecloud.ie."
                    case .clientID: return "Obligatorio: el id del cliente OAuth."
                    case .clientSecret: return "Obligatorio: el secreto del cliente OAuth."
                    case .memberEmail: return "Obligatorio: el correo del usuario que se agrega a la cola."
                    case .testMessageText: return "Obligatorio: una frase para enviar."
                    // Names (the rest cannot be left empty: choices and ticks are never required).
                    case .queueName, .flowName, .integrationName, .webhookURL, .secretToken,
                         .language, .mode, .resume, .practiceRuns, .genesysAdmin, .salesforceAdmin, .packageInstalled,
                         .queueOrigin, .queueDone, .memberOrigin, .memberDone, .flowOrigin, .flowDone, .integrationDone,
                         .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
                         .salesforceRetrieveOptions:
                        return "Obligatorio: escriba el nombre tal como está en Genesys Cloud."
                    }
                case .notChecked:
                    switch field.step {
                    case .prerequisites?:
                        return "Necesario antes del capítulo."
                    case .salesforce?:
                        return "Aún no está hecho en Salesforce."
                    case .queue?, .member?, .flow?, .integration?, .route?, nil:
                        return "Aún no está hecho en Genesys Cloud."
                    }
                case .invalidEmail: return "No es un correo (por ejemplo nombre@ejemplo.com)."
                case .urlNotHTTPS: return "Genesys exige una dirección https://."
                case .invalidURL: return "No es una dirección web (por ejemplo https://example.com/hook)."
                case .tokenTooShort(let length):
                    return "Genesys exige más de 15 caracteres (tiene \(length))."
                case .tokenHasSpaces: return "El token no puede tener espacios."
                case .webhookPortNot443(let port):
                    return "Genesys solo envía webhooks al puerto 443 (aquí pone \(port)): quite «:\(port)» de la dirección."
                case .nameHasAsterisk:
                    return "Sin * en el nombre: la búsqueda de Genesys lo lee como «cualquier cosa» y no se podría encontrar por su nombre."
                case .tooLong(let limit, let length?):
                    return "Demasiado largo: Genesys admite como máximo \(limit) caracteres aquí (tiene \(length)). Acórtelo."
                case .tooLong(let limit, nil):
                    return "Genesys admite como máximo \(limit) caracteres aquí: lo que venía después no se escribió."
                }
            },
            keyToMend: { _, issue in
                switch issue {
                case .tokenTooShort, .tokenHasSpaces: return "\(key(.newToken)) genera uno."
                case .tooLong(_, _?): return "Ctrl-U lo borra."
                case .notChecked: return "Márquelo con Espacio cuando así sea."
                case .required, .invalidEmail, .urlNotHTTPS, .invalidURL, .webhookPortNot443, .nameHasAsterisk,
                     .tooLong(_, nil):
                    return nil
                }
            },
        ),
        welcome: WelcomeTexts(
            title: "Bienvenida",
            intro: "Este asistente le guía por el capítulo «Creación de un Flujo de Mensajes e Integración de Mensajería Abierta»: una cola, su miembro, un flujo de mensaje entrante, una integración Open Messaging, la ruta de mensajes y, por último, Retrieve Options en Salesforce. Indica dónde hacer clic, o hace él mismo los pasos de Genesys por la API, y guarda cada cambio.",
            savedProgress: { finished, total in "Progreso guardado: \(finished) de \(total) pasos terminados." },
            savedIn: "Guardado en",
        ),
        notices: NoticeTexts(
            statusLabel: { step, status in
                switch status {
                case .pending: return "pendiente"
                case .inProgress: return "en curso"
                case .done: return "hecho"
                case .skipped: return step == .member ? "ya era miembro" : "ya existía"
                case .stale: return "revisar de nuevo"
                }
            },
            notice: { notice in
                switch notice {
                case .madeStale(let step, let steps):
                    let names = steps.map { Texts.spanish.steps.stepName($0) }.joined(separator: ", ")
                    return "Cambió \(Texts.spanish.steps.stepName(step)): revise de nuevo \(names)."
                case .copied(let field):
                    return "«\(Texts.spanish.fields.fieldLabel(field))» enviado al portapapeles, si esta terminal lo permite."
                case .secretNotCopied: return "El secreto de cliente nunca se copia, tampoco al portapapeles."
                case .nothingToCopy: return "Vaya a un campo de texto para copiar su valor."
                case .tokenGenerated: return "Se generó un token aleatorio nuevo."
                case .summaryWritten(let path, let replaced):
                    return "Resumen guardado en \(path)" + (replaced ? " (en lugar del escrito antes)" : "")
                case .summaryFailed(let path, let failure):
                    return "No se pudo guardar \(path): \(Texts.spanish.notices.saveFailure(failure))"
                case .backupRestored: return "Se recuperó la copia buena anterior de su progreso."
                case .startedOver(let copy):
                    return copy.map { "Empezando de nuevo. El progreso anterior queda al lado, como \(fileName($0))" }
                        ?? "Empezando de nuevo."
                case .flowQueueNotChecked(let queue):
                return "El flujo está publicado. No se comprueba a qué cola transfiere: asegúrese de que sea «\(queue)»."
            case .pasteRefused:
                return "No se pegó: el texto tiene un salto de línea o un carácter de control, y este campo es de una línea. Pegue una sola línea."
            case .pasteNeedsATextField:
                return "Lo pegado va en un campo de texto: pase antes a uno con Tab."
            case .practiceOrgNotReset(let failure):
                    let reason = switch failure {
                    case .file(let failure): Texts.spanish.notices.saveFailure(failure)
                    case .noAnswer: "no respondió"
                    case .refused(let status): "respondió \(status)"
                    }
                    return "No se pudo dejar como nueva la organización de práctica (\(reason)): conserva lo que hizo la última ejecución. Empiece de nuevo otra vez, o salga y ejecute omwizard reset."
                case .damagedSetAside(let path):
                    return "Empezando de cero. El archivo dañado queda al lado, como \(fileName(path))"
                }
            },
            unsaved: { failure in
                "SIN GUARDAR: \(Texts.spanish.notices.saveFailure(failure)). Sus respuestas siguen en memoria."
            },
            saveFailure: { failure in
                switch failure {
                case .diskFull: return "el disco está lleno; libere espacio"
                case .permissionDenied: return "permiso denegado; revise el dueño de la carpeta"
                case .readOnlyFileSystem: return "el disco es de solo lectura"
                case .missingFolder: return "la carpeta no existe (o ya no existe)"
                case .notARegularFile: return "hay algo que no es un archivo (una tubería, un dispositivo, una carpeta) en su lugar"
                case .other(let detail): return detail
                }
            },
        ),
        help: HelpTexts(
            title: { name in "Ayuda: \(name)" },
            paragraphs: { screen in
                switch screen {
                case .welcome:
                    return ["El progreso se guarda tras cada cambio: puede salir cuando quiera y continuar después exactamente donde estaba."]
                case .step(.prerequisites):
                    return ["Pida a su administrador de Genesys Cloud el rol Admin y al de Salesforce el perfil Administrador del sistema. El paquete se instala en el capítulo 30 del taller (Instalación y configuración del paquete)."]
                case .step(.queue):
                    return ["Sirve cualquier cola, nueva o existente. Salesforce listará todas las colas tras Retrieve Options. Si usa una existente, escriba su nombre exacto."]
                case .step(.member):
                    return ["Agregue el usuario con el que probará (normalmente usted). Quien pertenece por un grupo no se puede agregar directamente: elija «Ya es miembro»."]
                case .step(.flow):
                    return ["Architect se abre desde Admin › Architect, o Menú › Orquestación › Architect en el menú nuevo. El Estado inicial del flujo necesita una sola acción Transferir a ACD a la cola del paso 2. Puede añadir su propia lógica antes de publicar. Un flujo nunca publicado no se puede elegir en una ruta de mensajes."]
                case .step(.integration):
                    return ["El paquete no usa la URL ni el token, pero Genesys exige ambos y rechaza un token de 15 caracteres o menos (el «123» del taller falla). El token nunca se guarda en disco; si vuelve más tarde se genera otro."]
                case .step(.route):
                    return ["La dirección es la integración Open Messaging del paso 5; el flujo es el flujo de mensaje entrante del paso 4."]
                case .step(.salesforce):
                    return ["Retrieve Options pide a Genesys Cloud sus colas e integraciones de mensajería. Después, la configuración de External Routing lista la cola y la integración."]
                case .connect: return [GenesysTexts.spanish.helpConnect]
                case .plan: return [GenesysTexts.spanish.helpPlan]
                case .testMessage: return [TestMessageTexts.spanish.help]
                case .undo: return [UndoTexts.spanish.help]
                case .summary:
                    return ["Este resumen puede guardarse en Markdown, para compartirlo o guardarlo con sus notas. Deshacer quita lo que creó esta configuración, tras mostrar lo que quitará."]
                }
            },
            keyNote: { screen in
                switch screen {
                case .welcome: return "Elija el idioma y el modo con ←/→ (Tab pasa de uno a otro)."
                case .step(.integration):
                    return "\(key(.copy)) envía un valor al portapapeles a través de la terminal (OSC 52; en tmux: set -g set-clipboard on)."
                case .summary: return "\(key(.writeSummary)) lo guarda; \(key(.undo)) deshace la configuración."
                case .plan: return "Enter lo hace; \(key(.retry)) reintenta; \(key(.doByHand)) le deja un paso a usted o lo devuelve."
                case .undo: return "Tras un fallo, \(key(.retry)) lo reintenta y \(key(.keep)) mantiene ese objeto y sigue."
                case .connect, .step, .testMessage: return nil
                }
            },
            keys: [
                "Enter    siguiente (revisa campos)  Esc     atrás (conserva lo escrito)",
                "Tab ↓    campo siguiente            ⇧Tab ↑  campo anterior",
                "Espacio  marcar / cambiar opción    \(key(.copy))      copiar el campo",
                "\(key(.help)) ?     esta ayuda                 Ctrl-C  salir (se guarda todo)",
                "Ctrl-U   borrar el campo            Inicio  principio del campo",
                "\(key(.revealSecret))       mostrar / ocultar token    Fin     final del campo",
                "\(key(.newToken))       otro token                 \(key(.pick))      elegir de la organización",
                "\(key(.quit))        salir (fuera de un campo)  \(key(.makeItForMe))      hacerlo (Verificar+práctica)",
                "\(key(.sendAgain))       otro mensaje de prueba     \(key(.skipTest))      seguir sin probar",
            ],
            legend: "✓ hecho   ↷ ya existía   › en curso   ! revisar de nuevo   · pendiente",
            close: "Esc o \(key(.help)) cierra la ayuda · línea a línea: omwizard --accessible",
        ),
        dialogs: DialogTexts(
            quitTitle: "¿Salir de omwizard?",
            quitBody: { path, command, unsaved, hasProgress in
                if let unsaved {
                    return ["Sus últimos cambios NO se pudieron guardar (\(Texts.spanish.notices.saveFailure(unsaved))).",
                            "Si sale ahora, se pierden."]
                }
                return hasProgress ? ["Su progreso está guardado en", path, "Ejecute «\(command)» para continuar."]
                    : ["Todavía no hay nada que guardar."]
            },
            quitKeys: "\(key(.yes)) salir · \(key(.no)) quedarse",
            startOverTitle: "¿Empezar de nuevo?",
            startOverBody: { path in
                ["Se borrarán todas las respuestas y estados.",
                 "Una copia del progreso actual queda al lado, como \(path).reset-<fecha>-<hora>"]
            },
            startOverKeys: "\(key(.yes)) empezar de nuevo · \(key(.no)) conservar el progreso",
            damagedTitle: "No se puede leer el progreso guardado",
            damagedBody: { problem in
                switch problem {
                case .empty(let path): return ["El archivo está vacío:", path]
                case .corrupt(let path, let field):
                    return [field.map { "El archivo está dañado (campo \($0)):" } ?? "El archivo no es un progreso legible:", path]
                case .newerVersion(let path, let found, let supported):
                    return ["Lo escribió un omwizard más nuevo (formato \(found); este lee el \(supported)):",
                            path, "Actualice omwizard para continuarlo."]
                case .unreadable(let path, let detail): return ["No se puede leer el archivo (\(detail)):", path]
                case .notAFile(let path):
                    return ["Esto no es un archivo (es una tubería, un dispositivo o una carpeta):", path,
                            "Apártelo, o indique a --checkpoint la ruta de un archivo."]
                }
            },
            damagedWithBackup: "Existe una copia buena anterior (.bak).",
            damagedWithoutBackup: "No hay una copia (.bak) legible.",
            damagedKeys: { hasBackup in
                hasBackup ? "\(key(.useBackup)) recuperar la copia · \(key(.startFresh)) empezar de cero · \(key(.quit)) salir (no se cambia nada)"
                    : "\(key(.startFresh)) empezar de cero · \(key(.quit)) salir (no se cambia nada)"
            },
            tooSmall: { current, needed in
                ["La terminal es demasiado pequeña:",
                 "\(current.columns)x\(current.rows); omwizard necesita \(needed.columns)x\(needed.rows).",
                 "Agrande la ventana: hasta entonces no se usan las teclas,",
                 "salvo Ctrl-C o \(key(.quit)) para salir (el progreso está guardado)."]
            },
        ),
        summary: SummaryTexts(
            title: "Resumen",
            line: { step, answers, status in
                switch step {
                case .prerequisites: return "permisos de administrador y paquete confirmados"
                case .queue:
                    return "«\(answers.queueName)»" + (answers.queueOrigin == .existing || status == .skipped ? " (existente)" : " (nueva)")
                case .member:
                    return answers.memberEmail + (answers.memberOrigin == .existing || status == .skipped ? " (ya era miembro)" : "")
                case .flow:
                    return "«\(answers.flowName)»" + (answers.flowOrigin == .existing || status == .skipped ? " (reutilizado)" : " (nuevo, publicado)")
                case .integration: return "«\(answers.integrationName)» → \(answers.webhookURL)"
                case .route: return "«\(answers.routeAddress)» → flujo «\(answers.routeFlow)»"
                case .salesforce: return "Retrieve Options pulsado"
                }
            },
            leftToDo: "Falta:",
            nothingLeft: "Todos los pasos están terminados.",
            nextChapter: "Siguiente: capítulo 50, «Canales de servicio, configuraciones de enrutamiento y colas», en Salesforce (modelo External Routing).",
            tokenNotStored: "El token del webhook nunca se guarda.",
        ),
        commandLine: CommandLineTexts(
            unknownTerminal: { term, standIn in
                let missing = "Esta máquina no tiene la descripción de la terminal «\(term)» (TERM)"
                guard let standIn else {
                    return missing + ": ponga en TERM una que conozca (infocmp -D dice dónde están), p. ej. TERM=xterm omwizard."
                }
                return missing + ": se usa \(standIn) en su lugar. Para usar la suya, instálela (Debian: ncurses-term, o cópiela con infocmp)."
            },
            locked: { path, holder in
                "Otro omwizard\(holder.map { " (proceso \($0))" } ?? "") está usando \(path). Termine ese primero, o use --profile NOMBRE para una configuración aparte."
            },
            farewell: { path, command, finished in
                finished ? "Configuración registrada en \(path). «\(command)» la muestra de nuevo."
                    : "Progreso guardado en \(path). Ejecute «\(command)» para continuar."
            },
            endedUnsaved: { path, failure in
                "Los últimos cambios NO se guardaron en \(path): \(Texts.spanish.notices.saveFailure(failure))."
            },
            checkpointOrProfile: "--checkpoint y --profile eligen los dos el progreso guardado: indique solo uno.",
            programMissing: { program, reason in
                "Un programa de omwizard no puede iniciarse (\(reason)): \(program). scripts/run lo compila junto a omwizard."
            },
            noCheckpoint: { path in "Todavía no hay progreso guardado en \(path)." },
            damagedOffer: { hasBackup in
                hasBackup ? "omwizard ofrece seguir desde esa copia o empezar de cero; nada cambia antes de que usted elija"
                    : "omwizard ofrece empezar de cero y apartar este archivo; nada cambia antes de que usted elija"
            },
            statusNext: { name in "Siguiente: \(name)" },
            resetDone: { backup in "Empezando de nuevo. El progreso anterior queda en \(backup)." },
            nothingToReset: { path in "Nada que reiniciar: no hay progreso guardado en \(path)." },
            invalidProfile: { name in
                "«\(name)» no sirve como nombre de perfil: use letras, dígitos, «.», «_» y «-» (no al principio)."
            },
            needsSecret: "Defina GENESYSCLOUD_OAUTHCLIENT_SECRET (el secreto del cliente OAuth, nunca se guarda) para llegar a la organización.",
            exported: { paths in "Escrito: " + paths.joined(separator: ", ") + "." },
            nothingToExport: "Todavía no hay nada que exportar: los nombres de la configuración se dan en el asistente (scripts/run).",
            flowNotMadeHere: { flow in "El flujo «\(flow)» ya existía antes de esta configuración, que no tiene su archivo: Archy (archy export) lo escribe." },
        ),
        suggestions: SuggestionTexts(
            queueName: "Cola Salesforce Enrutamiento Externo",
            flowName: "Flujo Salesforce Enrutamiento Externo",
            integrationName: "Mensajería Salesforce Enrutamiento Externo",
        ),
        genesys: .spanish,
        testMessage: .spanish,
        undo: .spanish,
        scripted: .spanish
    )
}

/// Un nombre entre comillas latinas, o una referencia al campo mientras esté vacío.
func quotedES(_ name: String) -> String {
    name.isEmpty ? "«…»" : "«\(name)»"
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.es) }
