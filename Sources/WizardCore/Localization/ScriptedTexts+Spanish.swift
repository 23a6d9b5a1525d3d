extension ScriptedTexts {
    static let spanish = ScriptedTexts(
        fileHeader: { profile in
            ["Archivo de respuestas de omwizard: la configuración del capítulo «Creating a Message Flow and Open Messaging Integration».",
             "Escrito por `omwizard export answers` desde el perfil \(quotedES(profile)). Aplíquelo a una org o a varias con",
             "  omwizard apply --answers ARCHIVO --profile P [--profile Q ...]",
             "No contiene ningún secreto: las credenciales de cada org vienen del entorno o de --credentials-command."]
        },
        keyComment: { key in
            switch key {
            case .version: return ["El formato de este archivo. omwizard rechaza una versión más nueva de las que conoce."]
            case .language: return ["El idioma de la configuración: es o en (sus sugerencias y el mensaje de prueba)."]
            case .queue: return ["Paso 2: la cola a la que llegan los mensajes."]
            case .queueName: return ["Su nombre, de 200 caracteres como mucho, sin *. Genesys compara los nombres sin distinguir mayúsculas."]
            case .queueOrigin:
                return ["new: se crea salvo que ya exista una cola con ese nombre (entonces se usa); existing: debe existir ya."]
            case .member: return ["Paso 3: el usuario de Genesys que atiende los mensajes."]
            case .memberEmail: return ["Su correo: el usuario debe existir; se añade a la cola si aún no es miembro."]
            case .flow: return ["Paso 4: el flujo de mensajes entrantes."]
            case .flowName: return ["Su nombre, de 200 caracteres como mucho, sin *."]
            case .flowOrigin:
                return ["new: lo publica omwizard (transfiere cada mensaje a la cola); existing: un flujo ya publicado,",
                        "que se usa tal cual (nunca se sobrescribe un flujo que omwizard no creó)."]
            case .integration: return ["Paso 5: la integración de Open Messaging."]
            case .integrationName: return ["Su nombre, de 200 caracteres como mucho, sin *."]
            case .webhookURL:
                return ["Adonde Genesys envía las respuestas de los agentes: https en el puerto 443. El paquete de",
                        "Salesforce nunca la llama, así que sirve cualquier dirección https."]
            case .webhookTokenVariable:
                return ["Opcional: la variable de entorno que contiene el token de firma del webhook (de 16 a 255",
                        "caracteres, sin espacios). Sin ella, cada org recibe un token aleatorio nuevo."]
            case .testMessage: return ["Opcional: el mensaje de prueba de apply --test-message."]
            case .testMessageText: return ["Lo que dice."]
            }
        },
        problem: { problem in
            switch problem {
            case .unreadable(let reason): return "no se puede leer: \(reason)"
            case .notYAML(let reason): return "no es YAML: \(reason)"
            case .unknownKey(let expected):
                return "esta clave no existe aquí (se esperaba una de: \(expected.joined(separator: ", ")))"
            case .repeatedKey: return "aparece dos veces"
            case .missing: return "falta"
            case .wrongKind(let expected):
                switch expected {
                case .text: return "debe ser un texto, no una lista ni una sección"
                case .number: return "debe ser un número entero"
                case .choice(let values): return "debe ser uno de: \(values.joined(separator: ", "))"
                case .section: return "debe ser una sección de claves, sangradas debajo"
                }
            case .newerVersion(let version):
                return "la versión \(version) es más nueva que la que lee este omwizard (\(ScriptedAnswers.currentVersion)): actualice omwizard"
            case .secretInFile:
                return "un secreto nunca va en este archivo: ponga el token en una variable de entorno y dé su nombre en integration.webhook_token_env"
            case .variableNotSet(let name): return "la variable de entorno \(name) no está definida"
            case .invalid: return ""
            }
        },
        orgHeading: { profile, location in "[\(profile)] \(location)" },
        lookingUp: "Buscando lo que ya existe…",
        nothingToDo: "Nada que hacer: todos los pasos de Genesys ya están hechos.",
        profileRepeated: { profile in "El perfil \(quotedES(profile)) aparece dos veces." },
        profilesShareVariables: { first, second, suffix in
            "Los perfiles \(quotedES(first)) y \(quotedES(second)) leerían las mismas variables (…_\(suffix)): cambie el nombre de uno."
        },
        parallelRange: "--parallel admite de 1 a 16 orgs a la vez.",
        confirm: { orgs in orgs == 1 ? "¿Llevar a cabo este plan? [s/N] " : "¿Llevar a cabo estos planes en \(orgs) orgs? [s/N] " },
        needsYes: "No se cambió nada: sin un terminal en el que preguntar, apply solo cambia las orgs con --yes.",
        cancelled: "No se cambió nada.",
        planOnly: "--plan-only: no se cambió nada.",
        noCredentials: { profile, variables in
            "No hay credenciales para \(quotedES(profile)): defina \(variables.joined(separator: " y ")), o indique un --credentials-command."
        },
        credentialsCommandFailed: { command, reason in "El comando de credenciales \(quotedES(command)) falló: \(reason)" },
        credentialsCommandIncomplete: { command, missing in
            "El comando de credenciales \(quotedES(command)) no imprimió \(missing.joined(separator: " ni ")) (un NOMBRE=valor por línea)."
        },
        noLocation: { profile, variable in
            "¿Qué org es \(quotedES(profile))? Defina \(variable) (una región como eu-west-1, o una dirección de la API)."
        },
        undoUnderWay: { command in "Hay una operación de deshacer a medias en esta configuración: termínela antes con `\(command)`." },
        checking: "Comprobando cada paso en la org, como en el modo Verificar…",
        checked: "✓ Comprobado en la org: cada paso de Genesys está como dicen las respuestas.",
        leftToYou: { command in
            "Queda para usted: Retrieve Options de Salesforce (paso 7); `\(command)` abre ese paso con dónde hacer clic."
        },
        tableOrg: "Org",
        tableTest: "Prueba",
        tableTime: "Tiempo",
        outcome: { outcome in
            switch outcome {
            case .made: return "creado"
            case .reused: return "existía"
            case .willMake: return "por hacer"
            case .willReuse: return "por reutilizar"
            case .byHand: return "a mano"
            case .failed: return "FALLÓ"
            case .blocked: return "BLOQUEADO"
            case .checkFailed: return "NO CUADRA"
            case .notReached: return "-"
            case .reached: return "llegó"
            case .notDelivered: return "NO LLEGÓ"
            case .leftToYou: return "suyo"
            case .done: return "hecho"
            }
        },
        totals: { done, leftToYou, failed in
            "Orgs: \(done + leftToYou + failed). Terminadas: \(done); con Salesforce pendiente de usted: \(leftToYou); con fallos: \(failed)."
        }
    )
}
