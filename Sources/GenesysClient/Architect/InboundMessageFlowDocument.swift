/// The Archy YAML of the chapter's flow: an inbound message flow whose initial state transfers every
/// message to one queue (Transfer to ACD), in the shape of Genesys's published blueprint files.
public enum InboundMessageFlowDocument {
    public static func yaml(flowName: String, queueName: String) -> String {
        """
        inboundShortMessage:
          name: \(quoted(flowName))
          description: \(quoted("Created by omwizard: transfers every message to the queue \(queueName)."))
          startUpRef: "/inboundShortMessage/states/state[Initial State_10]"
          defaultLanguage: en-us
          supportedLanguages:
            en-us:
              defaultLanguageSkill:
                noValue: true
          settingsErrorHandling:
            errorHandling:
              disconnect:
                none: true
          states:
            - state:
                name: Initial State
                refId: Initial State_10
                actions:
                  - transferToAcd:
                      name: Transfer to ACD
                      targetQueue:
                        lit:
                          name: \(quoted(queueName))
                      priority:
                        lit: 0
                      preferredAgents:
                        noValue: true
                      languageSkill:
                        noValue: true

        """
    }

    /// A YAML double-quoted scalar: only the backslash and the double quote need escaping in names.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }
}
