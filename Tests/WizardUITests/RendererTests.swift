import Testing
import WizardCore
@testable import WizardUI

@Suite struct RendererTests {
    private func queueScreen(_ language: Language, size: TerminalSize = .minimum) -> Driver {
        Driver.start(language, size: size).keys(.enter, .character(" "), .down, .character(" "), .down, .character(" "), .enter)
    }

    @Test func noWrittenTextIsCutAtTheRightEdge() {
        // A line that reaches the last column was most likely clipped: the layout keeps a margin.
        for language in Language.allCases {
            for sample in ScreenCatalog.samples(language) where sample.state.overlay == nil {
                let lines = Renderer.render(sample.state).lines.dropFirst().dropLast(2)
                #expect(lines.allSatisfy { $0.displayWidth < sample.state.size.columns || $0.allSatisfy { $0 == "─" } },
                        "\(language) \(sample.fileName)")
            }
        }
    }

    @Test func everyModeIsOfferedAndItsDescriptionFitsTheWelcomeScreen() {
        for language in Language.allCases {
            var driver = Driver.start(language).keys(.down)
            for mode in Mode.offered {
                let lines = Renderer.render(driver.state).lines
                #expect(driver.state.mode == mode)
                #expect(lines.contains { $0.contains("(•) " + Texts.for(language).chrome.modeName(mode)) })
                #expect(lines.contains { $0.contains(Texts.for(language).genesys.modeHelp(mode)) }, "\(language) \(mode)")
                driver = driver.keys(.right)
            }
        }
    }

    @Test(arguments: Language.allCases)
    func theHelpOfAStepTheWizardDoesSaysWhatItWillDoRatherThanWhatToChoose(language: Language) {
        let texts = Texts.for(language)
        let member = Driver.start(language).keys(.down, .right, .right, .enter).typing("eu-west-1").keys(.down).typing("client")
            .keys(.down).typing("secret").keys(.enter).send(.genesysConnected("eu-west-1"))
            .keys(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
            .keys(.down).typing("Cola").keys(.enter)
        #expect(member.state.screen == .step(.member) && member.state.isDoneByTheWizard(.member))
        let help = Renderer.render(member.keys(.function(1)).state).lines.joined(separator: " ")
            .split(separator: " ").joined(separator: " ")
        #expect(help.contains(texts.genesys.helpDoneByTheWizard(.member).prefix(30)))
        #expect(!help.contains(texts.fields.originOption(.member, .existing)), "no choice that this screen does not have")
        let guided = Renderer.render(queueScreen(language).keys(.function(1)).state).lines.joined(separator: " ")
        #expect(guided.contains(texts.help.paragraphs(.step(.queue)).first!.prefix(20)))
    }

    @Test func thePickersHighlightFollowsTheChosenNamePastOneThatWraps() {
        let long = "Cola de Atención al Cliente de Salesforce con un nombre tan largo que no cabe en una línea"
        let picker = Driver.start(.es).keys(.down, .right, .right, .enter).typing("eu-west-1").keys(.down).typing("client")
            .keys(.down).typing("secret").keys(.enter).send(.genesysConnected("eu-west-1"))
            .keys(.character(" "), .down, .character(" "), .down, .character(" "), .enter, .function(5))
            .send(.searched(.queue, query: "", page: 1, PickerPage(names: [long, "Ventas", "Soporte"], total: 3)))
            .keys(.down)
        let grid = Renderer.render(picker.state)
        func isHighlighted(_ words: String) -> Bool {
            guard let row = grid.lines.firstIndex(where: { $0.contains(words) }),
                  let found = grid.lines[row].firstRange(of: words) else { return false }
            return grid[row, String(grid.lines[row][..<found.lowerBound]).displayWidth].style.reverse
        }
        #expect(isHighlighted("› Ventas"))
        #expect(!isHighlighted("Cola de Atención") && !isHighlighted("Soporte"))
    }

    @Test func theClientSecretIsNeverDrawnEvenWhenTheTokenMayBe() {
        let connect = Driver.start(.en).keys(.down, .right, .right, .enter, .down, .down).typing("s3cret-value")
            .keys(.function(3))
        let text = Renderer.render(connect.state).lines.joined()
        #expect(!text.contains("s3cret") && text.contains("••••••••••••"))
    }

    @Test func theProgressLineNamesTheStepAndEveryStep() {
        let grid = Renderer.render(queueScreen(.es).state)
        #expect(grid.lines[1].contains("Paso 2 de 7: Cola"))
        #expect(grid.lines[2].contains("✓Requisitos") && grid.lines[2].contains("Salesforce"))
    }

    @Test func theCursorSitsAfterTheTypedTextInTheFocusedField() {
        let driver = queueScreen(.en).keys(.down, .control("u")).typing("日本 Atención")
        let grid = Renderer.render(driver.state)
        let cursor = try! #require(grid.cursor)
        let line = grid.lines[cursor.row]
        #expect(line.contains("[日本 Atención"))
        let bracket = String(line.prefix { $0 != "[" }).displayWidth
        #expect(cursor.column == bracket + 1 + "日本 Atención".displayWidth)
    }

    @Test func aLongValueScrollsSoTheCursorStaysVisible() {
        let long = String(repeating: "abcdefghij", count: 8) + "END"
        let grid = Renderer.render(queueScreen(.en).keys(.down, .control("u")).typing(long).state)
        #expect(grid.lines.contains { $0.contains("END") })
        #expect(grid.cursor!.column < 80)
    }

    @Test func theTokenIsMaskedUntilRevealed() {
        let integration = queueScreen(.en).keys(.down, .down, .character(" "), .enter).typing("ana@example.com")
            .keys(.down, .down, .character(" "), .enter, .down, .down, .character(" "), .enter)
        #expect(integration.state.screen == .step(.integration))
        #expect(!Renderer.render(integration.state).text.contains(ScreenCatalog.sampleToken))
        #expect(Renderer.render(integration.keys(.function(3)).state).text.contains(ScreenCatalog.sampleToken))
    }

    @Test func widerTerminalsUseTheSpaceAndStillDrawEverything() {
        let grid = Renderer.render(queueScreen(.es, size: TerminalSize(columns: 132, rows: 43)).state)
        #expect(grid.lines[0].hasSuffix("perfil default"))
        #expect(grid.lines[42].contains("Ctrl-C Salir"))
    }

    @Test func tinyTerminalsDoNotCrash() {
        for (columns, rows) in [(1, 1), (10, 3), (0, 0), (79, 23)] {
            let driver = queueScreen(.en, size: TerminalSize(columns: columns, rows: rows))
            #expect(Renderer.render(driver.state).lines.count == max(0, rows))
        }
    }

    @Test func wrappingBreaksAtSpacesAndSplitsLongWords() {
        #expect("uno dos tres".wrapped(to: 7) == ["uno dos", "tres"])
        #expect("abcdefghij".wrapped(to: 4) == ["abcd", "efgh", "ij"])
        #expect("日本語".displayWidth == 6)
        #expect("e\u{301}".displayWidth == 1)
        // As terminals draw them: emoji symbols take two cells, the check mark and arrows one.
        #expect("✅⭐⌚".displayWidth == 6 && "✓✗→↷".displayWidth == 4)
        // Words with accents, decomposed ones included, and wide characters are measured by their cells.
        #expect("Atención al Cliente".wrapped(to: 12) == ["Atención al", "Cliente"])
        #expect("Atencio\u{301}n al Cliente".wrapped(to: 12) == ["Atencio\u{301}n al", "Cliente"])
        #expect("日本 語".wrapped(to: 4) == ["日本", "語"])
        // Spaces inside a line are kept and a leading one is dropped, on the short ASCII path as on the other.
        #expect("a  b".wrapped(to: 10) == ["a  b"] && " a  b".wrapped(to: 10) == ["a  b"])
        #expect("año  b".wrapped(to: 10) == ["año  b"] && " año  b".wrapped(to: 10) == ["año  b"])
        #expect("uno  dos tres".wrapped(to: 8) == ["uno  dos", "tres"])
    }

    /// Text made only of one-cell characters is laid out scalar by scalar; that must give what laying it out
    /// character by character (grapheme clusters) gives, for every scalar that path accepts.
    @Test func theOneCellPathLaysOutEveryScalarItTakesAsTheCharacterPathDoes() {
        let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E,
                                             0x2070...0x20CF, 0x2100...0x2BFF]
        var accepted = 0
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value), Character(scalar).displayWidth == 1 else { continue }
            let text = String(scalar) + "a" + String(scalar)
            #expect(text.standaloneCellCount == 3, "U+\(String(value, radix: 16))")
            let byCharacters = text.reduce(0) { $0 + $1.displayWidth }
            #expect(text.displayWidth == byCharacters, "U+\(String(value, radix: 16))")
            var fast = Grid(columns: 4, rows: 1)
            fast.write(text, row: 0, column: 0)
            var slow = Grid(columns: 4, rows: 1)
            var column = 0
            for character in text {
                slow.write(String(character), row: 0, column: column)
                column += character.displayWidth
            }
            #expect(fast == slow, "U+\(String(value, radix: 16))")
            accepted += 1
        }
        #expect(accepted == ranges.map(\.count).reduce(0, +) - 62, "all but the 62 symbols drawn as wide emoji")
        // Anything that may join its neighbour takes the character path.
        for joining in ["e\u{301}", "a\u{200D}b", "\u{1F44D}\u{1F3FD}", "x\u{20D7}", "日本", "\u{1F1EA}\u{1F1F8}", "✅", "⭐"] {
            #expect(joining.standaloneCellCount == nil, "\(joining.unicodeScalars.map(\.value))")
        }
    }

    @Test func theTerminalMayEchoTypingOnlyIntoAFieldThatShowsItInClear() {
        let queueName = queueScreen(.en).keys(.down).typing("Ventas")
        #expect(Renderer.render(queueName.state).echoesTyping)
        let connect = Driver.start(.en).keys(.down, .right, .right, .enter, .down, .down)
        #expect(connect.state.focusedField == .clientSecret && !Renderer.render(connect.state).echoesTyping)
        let token = queueScreen(.en).keys(.down, .down, .character(" "), .enter).typing("ana@example.com")
            .keys(.down, .down, .character(" "), .enter, .down, .down, .character(" "), .enter, .down, .down)
        #expect(token.state.focusedField == .secretToken && !Renderer.render(token.state).echoesTyping)
        #expect(Renderer.render(token.keys(.function(3)).state).echoesTyping, "a revealed token shows what is typed")
        #expect(!Renderer.render(queueName.keys(.function(1)).state).echoesTyping, "help takes the keys")
        #expect(!Renderer.render(queueName.keys(.left).state).echoesTyping, "a key typed before others moves them")
        var busy = queueName.state
        busy.genesys.phase = .working(.connecting)
        #expect(!Renderer.render(busy).echoesTyping, "keys are not typed while Genesys Cloud works")
        #expect(!Renderer.render(queueName.keys(.character(" ")).keys(.up).state).echoesTyping, "a choice has the focus")
    }

    @Test func aCellKeepsUpToThreeCombiningMarksWithItsBase() {
        var grid = Grid(columns: 6, rows: 1)
        let end = grid.write("e\u{301}x\u{301}\u{302}\u{303}\u{304}日", row: 0, column: 0)
        #expect(end == 4)
        #expect(grid[0, 0].text == "e\u{301}")
        #expect(grid[0, 1].marks.values == [0x301, 0x302, 0x303])
        #expect(grid[0, 2].text == "日" && grid[0, 3].isContinuation)
        #expect(grid.lines == ["e\u{301}x\u{301}\u{302}\u{303}日"])
    }
}

@Suite struct LongNamesTests {
    /// A walk with names as long as real orgs have, to the summary.
    private func summary(_ language: Language) -> Driver {
        let flow = "Flujo de mensajes entrantes para el enrutamiento externo de Salesforce (producción)"
        let integration = "Integración de mensajería abierta para el enrutamiento externo de Salesforce (producción)"
        return Driver.start(language)
            .keys(.enter, .character(" "), .down, .character(" "), .down, .character(" "), .enter)
            .keys(.down, .control("u")).typing("Atención al Cliente de Salesforce para clientes").keys(.down, .character(" "), .enter)
            .typing("ana@example.com").keys(.down, .down, .character(" "), .enter)
            .keys(.down, .control("u")).typing(flow).keys(.down, .character(" "), .enter)
            .keys(.control("u")).typing(integration).keys(.down, .down, .down, .character(" "), .enter)
            .keys(.down, .down, .character(" "), .enter)
            .keys(.character(" "), .down, .character(" "), .down, .character(" "), .down, .character(" "), .enter)
    }

    @Test func theSummaryKeepsItsBottomLinesAndLeavesTheNoticeRowsFree() {
        for language in Language.allCases {
            let driver = summary(language)
            #expect(driver.state.screen == .summary, "\(language)")
            let lines = Renderer.render(driver.state).lines
            let text = lines.joined().filter { !$0.isWhitespace }
            #expect(text.contains(ScreenCatalog.sampleContext.summaryPath.filter { !$0.isWhitespace }), "\(language)")
            #expect(lines[20].isEmpty && lines[21].isEmpty, "the notice rows stay free: \(language)")
        }
    }

    @Test func theSalesforceStepNamesTheWholeIntegration() {
        let driver = summary(.es).keys(.escape)
        #expect(driver.state.screen == .step(.salesforce))
        let text = Renderer.render(driver.state).lines.joined(separator: " ")
        #expect(text.contains("(producción)»."), "the end of the integration's name is on screen")
    }
}

/// Every failure says what to do next, and with a short detail it fits the two notice rows at 80 columns.
@Suite struct FailureTextTests {
    static let everyFailure: [GenesysFailure] = [
        .badCredentials, .missingPermission("routing:queue:add"), .notFound(operation: "GET /x", detail: "y"),
        .duplicate(operation: "POST /x"), .rejected(status: 400, message: "bad"), .rateLimited(retryAfterSeconds: 30),
        .serverError(status: 503), .timeout, .unreachable("refused"), .unreachable("127.0.0.1:9 refused"), .tls("cert"),
        .noHTTPLibrary("libcurl.so.4"), .unexpectedResponse("x"), .flowPublishFailed("x"), .integrationFailed("x"),
        .practiceOrgFailed("x"), .practiceProgramMissing("/x/omwizard-practice"), .blocked(.userMissing("a@example.com")), .unknownLocation("mars-1"),
        .plainHTTPToAnotherHost, .requestFailed("x"), .progressNotSaved(.diskFull), .routeNotTaken(integration: "SF"),
    ]

    @Test(arguments: Language.allCases)
    func theNextChapterFitsTheTwoRowsTheSummaryGivesIt(language: Language) {
        #expect(Texts.for(language).summary.nextChapter.wrapped(to: TerminalSize.minimum.columns - 4).count <= 2)
    }

    @Test(arguments: Language.allCases)
    func failuresFitTheNoticeRows(language: Language) {
        let width = TerminalSize.minimum.columns - 4
        for failure in Self.everyFailure {
            let lines = ("✗ " + Texts.for(language).genesys.failure(failure)).wrapped(to: width)
            #expect(lines.count <= 2, "\(language) \(failure): \(lines)")
        }
    }
}

/// The help panel lists every key, and at the smallest size it still shows all of itself on every screen.
@Suite struct HelpPanelTests {
    @Test(arguments: Language.allCases)
    func everyScreensHelpFitsAt80x24WithEveryKey(language: Language) {
        let texts = Texts.for(language)
        let screens = Screen.all.flatMap { screen in [Mode.guided, .verify(.real), .automatic(.real)].map { (screen, $0) } }
        for (screen, mode) in screens {
            var state = Driver.start(language).state
            state.mode = mode
            state.screen = screen
            state.overlay = .help
            let text = Renderer.render(state).lines.joined(separator: "\n")
            #expect(text.contains(texts.help.legend), "\(language) \(screen) \(mode): the legend is cut")
            #expect(text.contains(texts.help.close), "\(language) \(screen) \(mode)")
            for line in texts.help.keys {
                #expect(text.contains(line), "\(language) \(screen) \(mode): \(line)")
            }
        }
        for key in ["Ctrl-U", KeyCommand.revealSecret.name(language), KeyCommand.newToken.name(language),
                    KeyCommand.pick.name(language), KeyCommand.quit.name(language) + " "] {
            #expect(texts.help.keys.contains { $0.contains(key) }, "\(language): \(key) is in the help")
        }
    }
}

/// What the user is told where a key or a file could otherwise vanish without a word.
@Suite struct SaidNotSilentTests {
    @Test(arguments: [(Language.en, "keys are not used"), (.es, "no se usan las teclas")])
    func theTooSmallScreenSaysKeysAreNotUsed(language: Language, said: String) {
        var state = Driver.start(language, size: TerminalSize(columns: 60, rows: 18)).state
        state.screen = .step(.queue)
        #expect(Renderer.render(state).lines.joined(separator: " ").contains(said))
    }

    @Test(arguments: [(Language.en, "in place of the one written before"), (.es, "en lugar del escrito antes")])
    func aSummaryWrittenOverAnotherSaysSo(language: Language, said: String) {
        var state = Driver.start(language).state
        state.screen = .summary
        state.notice = .summaryWritten("/home/admin/omwizard-summary-default.md", replaced: true)
        // The notice wraps: compared with its line breaks and the margins as single spaces.
        let words = Renderer.render(state).lines.joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(words.contains(said))
    }
}
