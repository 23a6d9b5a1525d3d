extension GenesysTexts {
    static let spanish: GenesysTexts = GenesysTexts(
        modeHelp: { mode in
            switch mode {
            case .guided: return "Usted hace clic; el asistente indica dónde y lo recuerda."
            case .verify(.real): return "Usted hace clic; el asistente comprueba cada paso por la API."
            case .automatic(.real): return "El asistente hace los pasos de Genesys por la API, tras un plan."
            case .verify(.practice), .automatic(.practice): return "Automático o Verificar, con una organización de práctica local."
            }
        },
        connectTitle: "Conexión con Genesys Cloud",
        connectIntro: "Un cliente OAuth de la organización con la concesión Client Credentials (Administración › Integraciones › OAuth). Región: su clave o dominio (eu-west-1, mypurecloud.ie). El secreto queda en memoria, nunca en disco.",
        connectPermissions: "Su rol necesita: directory:user:view, routing:queue:view/add/edit/search, architect:flow:view/add/edit/publish, architect:job:create/view, messaging:integration:view/add, routing:message:manage. El mensaje de prueba: conversation:message:receive, conversation:communication:disconnect. Deshacer: routing:queue:delete, architect:flow:delete, messaging:integration:delete.",
        connectPractice: "El asistente inicia una organización de práctica en 127.0.0.1 (se conserva entre sesiones en un archivo junto a su progreso) y se conecta a ella. Nada llega a una organización real. Elija cómo practicar: Automático (el asistente hace los pasos de Genesys) o Verificar (usted los hace por la API de la organización de práctica; el asistente comprueba) y pulse Enter.",
        connectedTo: { name in "Conectado a \(name)" },
        busy: { busy, answers in
            switch busy {
            case .connecting: return "Iniciando sesión…"
            case .surveying: return "Buscando lo que ya existe…"
            case .applying(let step):
                switch step {
                case .queue: return "Creando la cola «\(answers.queueName)»…"
                case .member: return "Añadiendo a \(answers.memberEmail) a la cola…"
                case .flow: return "Publicando el flujo «\(answers.flowName)» (trabajo de Architect)…"
                case .integration: return "Creando la integración «\(answers.integrationName)» (tarda un momento)…"
                case .route: return "Asociando la ruta de mensajes…"
                case .prerequisites, .salesforce: return "Trabajando…"
                }
            case .checking(let step):
                return step == .salesforce ? "Comprobando qué listará Retrieve Options…" : "Comprobando en Genesys Cloud…"
            case .sendingTestMessage: return TestMessageTexts.spanish.sending
            case .followingTestMessage(let seconds): return TestMessageTexts.spanish.following(seconds)
            case .removing(let removal): return UndoTexts.spanish.removal(removal) + "…"
            }
        },
        planTitle: "Plan",
        planIntro: "Lo que el asistente hará en Genesys Cloud. Nada se crea dos veces: lo que ya existe se reutiliza.",
        planLine: { step, action, answers in
            if case .blocked(let finding) = action { return "✗ " + GenesysTexts.spanish.finding(finding) }
            switch step {
            case .queue:
                return action == .create ? "Crear la cola «\(answers.queueName)»" : "Usar la cola existente «\(answers.queueName)»"
            case .member:
                return action == .add ? "Añadir a \(answers.memberEmail) a la cola" : "\(answers.memberEmail) ya es miembro"
            case .flow:
                return action == .create ? "Publicar el flujo «\(answers.flowName)» → cola «\(answers.queueName)»"
                    : "Usar el flujo publicado «\(answers.flowName)»"
            case .integration:
                if action == .create { return "Crear la integración de Mensajería Abierta «\(answers.integrationName)»" }
                if action == .awaitCreation { return "Esperar a que Genesys termine de crear la integración «\(answers.integrationName)»" }
                return "Usar la integración existente «\(answers.integrationName)»"
            case .route:
                guard case .bind(let replacing) = action else { return "La ruta ya inicia «\(answers.flowName)»" }
                return "Ruta «\(answers.integrationName)» → flujo «\(answers.flowName)»"
                    + (replacing.map { " (en lugar de «\($0)»)" } ?? "")
            case .prerequisites, .salesforce:
                return ""
            }
        },
        planDone: { step, status, answers in
            let verb = status == .skipped ? "ya existía" : "hecho"
            switch step {
            case .queue: return "Cola «\(answers.queueName)»: \(verb)"
            case .member: return "\(answers.memberEmail) en la cola: \(status == .skipped ? "ya era miembro" : verb)"
            case .flow: return "Flujo «\(answers.flowName)»: \(verb)"
            case .integration: return "Integración «\(answers.integrationName)»: \(verb)"
            case .route: return "Ruta → «\(answers.flowName)»: \(verb)"
            case .prerequisites, .salesforce: return verb
            }
        },
        planFinished: "Los pasos de Genesys están hechos. Enter continúa con Salesforce.",
        failure: { failure in
            switch failure {
            case .badCredentials:
                return "Genesys Cloud rechazó el inicio de sesión: revise el id de cliente, el secreto y la región."
            case .notConnected:
                return "El asistente no tiene sesión iniciada en Genesys Cloud (ya no): vuelva a conectarse."
            case .notALoginService(let status):
                return "No hay inicio de sesión de Genesys Cloud en esa dirección (\(status)): revise la región (como eu-west-1) o la dirección de --api-base."
            case .tokenRefused:
                return "Genesys Cloud rechazó un token de acceso nuevo: quizá el cliente OAuth se eliminó, se desactivó o cambió. Revíselo (Administración › OAuth) y vuelva a intentarlo."
            case .missingPermission(let permission):
                return "Al rol del cliente OAuth le falta el permiso \(permission): añádalo (Administración › Roles) y vuelva a intentarlo."
            case .notFound(let operation, let detail):
                return "No existe en Genesys Cloud; revise los nombres y vuelva a intentarlo: \(detail.isEmpty ? operation : "\(detail) (\(operation))")."
            case .duplicate(let operation): return "Ya existe algo con ese nombre (\(operation)): elija otro nombre o reutilícelo."
            case .rejected(let status, let message):
                return "Genesys Cloud lo rechazó (\(status)); corrija lo que indica y vuelva a intentarlo: \(message)"
            case .rateLimited(let seconds):
                return "Genesys Cloud pide esperar \(seconds) s (demasiadas peticiones); luego vuelva a intentarlo."
            case .serverError(let status):
                return "Genesys Cloud tiene un problema (\(status)). Inténtelo de nuevo en un momento."
            case .timeout: return "Genesys Cloud no respondió a tiempo. Revise la red y vuelva a intentarlo."
            case .unreachable(let detail):
                return detail.contains("127.0.0.1")
                    ? "Nada responde en esa dirección: ¿está en marcha la organización de práctica? (\(detail))"
                    : "No se puede contactar con Genesys Cloud (\(detail)). Revise la región y la red."
            case .tls(let detail):
                return "Falló la conexión segura (\(detail)). ¿Un proxy? Revise los certificados del sistema."
            case .noHTTPLibrary(let detail):
                return "HTTPS necesita libcurl, que falta (\(detail)): apt-get install libcurl4."
            case .unexpectedResponse(let detail):
                return "Genesys Cloud respondió algo inesperado; vuelva a intentarlo y, si persiste, revise la región o --api-base: \(detail)"
            case .flowPublishFailed(let messages):
                return "Architect no pudo publicar el flujo; corrija lo que indica (la cola debe existir) y reintente, o publíquelo a mano: \(messages)"
            case .integrationFailed(let message):
                return "Genesys Cloud no pudo crear la integración; elimínela (Administración › Mensaje › Plataformas) y vuelva a intentarlo: \(message)"
            case .practiceOrgFailed(let detail): return "La organización de práctica no arrancó; corrija lo que indica y pulse Enter: \(detail)"
            case .practiceProgramMissing(let path):
                return Texts.spanish.commandLine.programMissing(path, "no está") + " Luego, Enter."
            case .blocked(let finding): return GenesysTexts.spanish.finding(finding)
            case .unknownLocation(let text):
                return "«\(text)» no es una región (como eu-west-1 o mypurecloud.ie) ni una dirección https://."
            case .plainHTTPToAnotherHost: return "Solo se admite https://, salvo hacia este equipo o una red privada como 192.168.1.20 (organización de práctica, sala de formación)."
            case .requestFailed(let detail): return "No se pudo enviar la petición; revise la dirección y vuelva a intentarlo: \(detail)"
            case .progressNotSaved(let failure):
                return "No se envió nada a Genesys Cloud: antes no se pudo guardar el progreso (\(Texts.spanish.notices.saveFailure(failure))). Corríjalo y vuelva a intentarlo."
            case .routeNotTaken(let integration):
                return "Genesys aceptó la ruta de «\(integration)» pero aún no la muestra: vuelva a intentarlo en un momento."
            case .setupInAnotherOrg(let recorded, let connected):
                return "Esta configuración creó objetos en «\(recorded)», y el asistente está conectado a «\(connected)»: no se hizo nada allí. Vuelva a conectarse a «\(recorded)» (su región o dirección), deshaga antes la configuración allí, o configure esta organización en otro perfil (--profile NOMBRE)."
            }
        },
        failureKeys: { failure in
            switch failure {
            case .notConnected: return "Esc vuelve atrás para conectarse otra vez."
            case .flowPublishFailed: return "\(key(.retry)) reintenta; \(key(.doByHand)) se lo deja a usted."
            case .blocked: return "Esc vuelve atrás para cambiarlo."
            case .badCredentials, .notALoginService, .tokenRefused, .missingPermission, .notFound, .duplicate, .rejected,
                 .rateLimited, .serverError, .timeout, .unreachable, .tls, .noHTTPLibrary, .unexpectedResponse,
                 .integrationFailed, .practiceOrgFailed, .practiceProgramMissing, .unknownLocation, .plainHTTPToAnotherHost,
                 .requestFailed, .progressNotSaved, .routeNotTaken, .setupInAnotherOrg:
                return nil
            }
        },
        finding: { finding in
            switch finding {
            case .queueMissing(let name): return "No hay ninguna cola llamada «\(name)» en la organización."
            case .userMissing(let email): return "No hay ningún usuario con el correo \(email) en la organización."
            case .notAMember(let email, let queue): return "\(email) no es miembro de la cola «\(queue)»."
            case .flowMissing(let name): return "No hay ningún flujo de mensajes entrantes llamado «\(name)»."
            case .flowNotPublished(let name): return "El flujo «\(name)» existe pero no está publicado."
            case .flowNameTaken(let name):
                return "Ya existe un flujo llamado «\(name)» que omwizard no creó: reutilícelo o elija otro nombre."
            case .integrationMissing(let name): return "No hay ninguna integración de Mensajería Abierta llamada «\(name)»."
            case .integrationNotReady(let name):
                return "La integración «\(name)» aún se está creando; espere y pulse Enter."
            case .integrationBroken(let name):
                return "Genesys no pudo crear la integración «\(name)»: elimínela (Administración › Mensaje › Plataformas) o elija otro nombre."
            case .routeMissing(let integration): return "La dirección «\(integration)» aún no tiene ruta de mensajes."
            case .routeToOtherFlow(let integration, let flow, let current):
                return "La ruta de «\(integration)» inicia «\(current)», no «\(flow)»."
            case .retrieveOptionsMissesQueue(let name):
                return "Retrieve Options no listará la cola «\(name)» (necesita routing:queue:search)."
            case .retrieveOptionsMissesIntegration(let name):
                return "Retrieve Options no listará la integración «\(name)»."
            }
        },
        keysConnect: "Enter Conectar · Esc Atrás · Tab Campo · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysConnectPractice: "Enter Iniciar la organización de práctica · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysStepPractice: "Enter Comprobar · \(key(.makeItForMe)) Hacerlo por mí · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        practiceVerifyNote: { address in
            "Organización de práctica en \(address): no tiene páginas donde hacer clic. \(key(.makeItForMe)) hace este paso allí por usted, como el administrador; Enter lo comprueba."
        },
        automaticNote: "omwizard hace este paso por usted al confirmar su plan. A mano sería:",
        keysPlanReady: "Enter Hacerlo · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysPlanFailed: { choice in
            let byHand = switch choice {
            case .leaveToTheAdmin?: "\(key(.doByHand)) Hacerlo a mano (Guiado) · "
            case .giveBackToTheWizard?: "\(key(.doByHand)) Que lo haga el asistente · "
            case nil: ""
            }
            return "\(key(.retry)) Reintentar · " + byHand + "Esc Atrás · Ctrl-C Salir"
        },
        keysPlanDone: "Enter Siguiente · Esc Atrás · \(key(.help)) Ayuda · Ctrl-C Salir",
        keysBusy: "Espere… · \(key(.help)) Ayuda · Ctrl-C Salir (el progreso está guardado)",
        startOverPractice: "La organización de práctica también vuelve a su estado inicial (cinco usuarios, cuatro colas).",
        practiceOrgSetAside: { path in "La organización de práctica empieza de nuevo desde su estado inicial; la anterior queda en \(path)." },
        quitWhileBusy: "Hay un paso en curso en Genesys Cloud: la próxima sesión encontrará lo que haya creado y nunca lo creará dos veces.",
        pickerHint: { kind in kind == .queue ? "\(key(.pick)): elegir entre las colas de la organización" : "\(key(.pick)): elegir entre los flujos de la organización" },
        pickerTitle: { kind in kind == .queue ? "Colas de la organización" : "Flujos de mensajes entrantes de la organización" },
        pickerSearch: "Buscar: ",
        pickerLoading: "Buscando…",
        pickerNothing: { query in query.isEmpty ? "Aún no hay nada en la organización." : "Nada cuyo nombre contenga «\(query)»." },
        pickerPage: { page, pages, total in "Página \(page) de \(pages)" + (total.map { " · \($0) en total" } ?? "") },
        pickerKeys: "Escriba para buscar · ↑↓ Elegir · RePág/AvPág · Enter Usar · Esc Cerrar",
        helpConnect: "Cree el cliente OAuth en Genesys Cloud: Administración › Integraciones › OAuth › Agregar cliente, tipo de concesión Client Credentials, con un rol que tenga los permisos indicados. GENESYSCLOUD_OAUTHCLIENT_ID, GENESYSCLOUD_OAUTHCLIENT_SECRET y GENESYSCLOUD_REGION rellenan estos campos; --api-base apunta a otra dirección (una organización de práctica).",
        helpDoneByTheWizard: { step in
            switch step {
            case .queue:
                return "omwizard busca una cola con este nombre y la usa si existe; si no, la crea, salvo que usted haya dicho que la cola existe: entonces el plan avisa de que falta antes de crear nada."
            case .member:
                return "omwizard busca al usuario por su correo y lo agrega a la cola, salvo que ya sea miembro. Un usuario que la organización no tiene detiene el plan antes de crear nada."
            case .flow:
                return "omwizard reutiliza el flujo publicado con este nombre si eligió uno existente. Si no, publica mediante Architect un flujo de mensaje entrante cuyo Estado inicial transfiere a la cola del paso 2 (Transferir a ACD); nunca sobrescribe un flujo con este nombre que no haya creado él."
            case .integration:
                return "omwizard usa la integración Open Messaging con este nombre si la hay; si no, la crea con esta URL de webhook y este token. Después espera a que Genesys la complete. El paquete no usa ninguno de los dos valores, pero Genesys exige ambos y rechaza un token de 15 caracteres o menos. El token nunca se guarda en disco."
            case .route:
                return "omwizard hace que la ruta de mensajes de la integración inicie el flujo del paso 4 y después vuelve a leer la ruta para confirmarlo."
            case .prerequisites, .salesforce:
                return ""
            }
        },
        helpPlan: "El asistente busca lo que existe, muestra lo que hará y lo hace paso a paso. La intención de cada paso se guarda antes, así que una sesión interrumpida encuentra lo creado y nunca lo crea dos veces. Un paso fallido puede reintentarse o dejarse a usted (Guiado). Práctica hace todos los pasos.",
    )
}

/// The name of the key that gives `command`, as this language's hints write it.
private func key(_ command: KeyCommand) -> String { command.name(.es) }
