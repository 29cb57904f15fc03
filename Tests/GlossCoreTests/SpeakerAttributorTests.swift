import Testing

@testable import GlossCore

@Suite("Speaker attribution")
struct SpeakerAttributorTests {
    @Test func cueVerbAfterTheQuoteThenDescriptiveSubject() {
        let t = QuoteTestText("“We left at night,” a 40-year-old baker from Lyon told the local radio.")
        #expect(t.mention("“We left") == "a 40-year-old baker from Lyon")
        #expect(t.quote("“We left")?.speaker?.name == "a 40-year-old baker from Lyon")
        #expect(t.quote("“We left")?.speaker?.entityID == nil)
    }

    @Test func invertedCueVerb() {
        let t = QuoteTestText("“The water came fast,” said one fisherman on the pier.")
        #expect(t.mention("“The water") == "one fisherman")
    }

    @Test(
        "Cue verbs",
        arguments: [
            "said", "told reporters", "yelled", "asked", "added", "wrote", "tweeted", "declared", "claimed",
            "explained", "insisted", "warned",
        ])
    func cueVerbs(_ verb: String) {
        let t = QuoteTestText("“Nobody is coming back,” the old mayor \(verb).")
        #expect(t.mention("“Nobody") == "the old mayor")
    }

    @Test func cueVerbBeforeWithComma() {
        let t = QuoteTestText("Running from the guards, a young man yelled, “Why are you doing this?”")
        #expect(t.mention("“Why") == "a young man")
    }

    @Test func colonIntroducesTheQuote() {
        let t = QuoteTestText("The minister told parliament: “Our borders are secure.”")
        #expect(t.mention("“Our") == "The minister")
        let u = QuoteTestText("Zoe Park: “No one warned us.”")
        #expect(u.mention("“No one") == "Zoe Park")
    }

    @Test func colonAtTheEndOfThePreviousParagraph() {
        let t = QuoteTestText(
            "The governor of the province wrote on her account:\n\n“The roads will reopen on Monday.”")
        #expect(t.mention("“The roads") == "The governor of the province")
    }

    @Test func followingQuoteInTheSameParagraphKeepsTheSpeaker() {
        let t = QuoteTestText(
            "“They broke the doors,” said a shop owner. “This is a disgrace.” Police did not comment.")
        #expect(t.mention("“They broke") == "a shop owner")
        #expect(t.mention("“This is") == "a shop owner")
    }

    @Test func aSentenceNamingSomeoneElseEndsTheContinuation() {
        let t = QuoteTestText("“We will win,” said Ruth Mendes. Her rival Omar Haddad disagreed. “They will lose.”")
        #expect(t.mention("“They will") == "Her rival Omar Haddad")
    }

    @Test func pronounSpeakerResolvedToThePersonLastNamed() {
        let t = QuoteTestText("Nadia Okafor runs the clinic. “We are out of insulin,” she said.")
        let s = t.quote("“We are")?.speaker
        #expect(s.map { t.string($0.mention) } == "she")
        #expect(s?.name == "Nadia Okafor")
    }

    @Test func pronounResolvedToAPersonEntity() {
        let t = QuoteTestText(
            "Dr. Nadia Okafor runs the clinic. Okafor is tired. “We are out of insulin,” she said.",
            entities: [(.person, "Nadia Okafor", ["Nadia Okafor", "Okafor"]), (.place, "Okafor Street", [])])
        let s = t.quote("“We are")?.speaker
        #expect(s.map { t.string($0.mention) } == "she")
        #expect(s?.name == "Nadia Okafor")
        #expect(s?.entityID == 0)
    }

    @Test func pronounStandsForTheSubjectNotTheLastNamePassed() {
        let people: [(EntityKind, String, [String])] = [
            (.person, "Jane Roe", ["Jane Roe"]), (.person, "Ann Lee", ["Ann Lee"]),
        ]
        let t = QuoteTestText(
            "Jane Roe described Ann Lee as a friend. “We grew up together,” she said.", entities: people)
        #expect(t.quote("“We grew")?.speaker?.entityID == 0)
        let u = QuoteTestText("Jane Roe described Ann Lee as a friend. “We grew up together,” she said.")
        #expect(u.quote("“We grew")?.speaker?.name == "Jane Roe")
    }

    @Test func namedSpeakerLinkedToItsEntity() {
        let t = QuoteTestText(
            "Health Minister Tomas Berg said the plan was “a first step”. “We need more,” Berg added.",
            entities: [(.organization, "Health Ministry", []), (.person, "Tomas Berg", ["Tomas Berg", "Berg"])])
        let first = t.quote("“a first")?.speaker
        #expect(first?.name == "Tomas Berg")
        #expect(first?.entityID == 1)
        #expect(first.map { t.string($0.mention) } == "Health Minister Tomas Berg")
        let second = t.quote("“We need")?.speaker
        #expect(second?.entityID == 1)
        #expect(second.map { t.string($0.mention) } == "Berg")
    }

    @Test func personNamedInsideADescriptionIsNotTheSpeaker() {
        let t = QuoteTestText(
            "“The talks are over,” a spokesman for Tomas Berg said.",
            entities: [(.person, "Tomas Berg", ["Tomas Berg"])])
        let s = t.quote("“The talks")?.speaker
        #expect(s?.name == "a spokesman for Tomas Berg")
        #expect(s?.entityID == nil)
    }

    @Test func personNamedBeforeTheirOrganizationIsTheSpeaker() {
        let t = QuoteTestText(
            "“Prices will rise,” warned Lena Vogt of the Baltic Grain Council. “Nobody is ready,” said Omar Haddad, head of the Port Board.",
            entities: [
                (.person, "Lena Vogt", ["Lena Vogt"]), (.organization, "Baltic Grain Council", []),
                (.person, "Omar Haddad", ["Omar Haddad"]), (.organization, "Port Board", []),
            ])
        #expect(t.quote("“Prices")?.speaker?.name == "Lena Vogt")
        #expect(t.quote("“Nobody")?.speaker?.name == "Omar Haddad")
    }

    @Test func aStatementSpeaksForItsAuthor() {
        let t = QuoteTestText(
            "Senator Ada Moss objected. Moss's statement added, “This is a disgrace.”",
            entities: [(.person, "Ada Moss", ["Ada Moss", "Moss"])])
        let s = t.quote("“This")?.speaker
        #expect(s?.entityID == 0)
        #expect(s.map { t.string($0.mention) } == "Moss's statement")
    }

    @Test func itStandsForTheOrganization() {
        let t = QuoteTestText(
            "Jo Park runs the Harbour Trust. The trust rejected the bid. “We cannot accept it,” it said.")
        #expect(t.mention("“We cannot") == "it")
        #expect(t.quote("“We cannot")?.speaker?.name == "The trust")
        let u = QuoteTestText(
            "Jo Park runs the Harbour Trust. The Harbour Trust rejected the bid. “We cannot accept it,” it said.",
            entities: [(.person, "Jo Park", ["Jo Park"]), (.organization, "Harbour Trust", ["Harbour Trust"])])
        #expect(u.quote("“We cannot")?.speaker?.entityID == 1)
    }

    @Test func organizationSpeakerLinked() {
        let t = QuoteTestText(
            "“We regret the delay,” the Port Authority said on Friday.",
            entities: [(.organization, "Port Authority", ["Port Authority"])])
        #expect(t.quote("“We regret")?.speaker?.entityID == 0)
        #expect(t.quote("“We regret")?.speaker?.name == "Port Authority")
    }

    @Test func accordingTo() {
        let t = QuoteTestText("The bridge “could collapse at any moment,” according to a city engineer.")
        #expect(t.mention("“could") == "a city engineer")
        let u = QuoteTestText("According to the union, “nobody was paid in March.”")
        #expect(u.mention("“nobody") == "the union")
    }

    @Test func partialQuoteInsideReportedSpeech() {
        let t = QuoteTestText("The senator declared that the protests had been “organised from abroad” and would fail.")
        // The senator's words, but a fragment of a sentence of the writer's: a scare quote with a speaker.
        #expect(t.quote("“organised")?.kind == .scare)
        #expect(t.mention("“organised") == "The senator")
        let u = QuoteTestText(
            "Amid the uproar, Mayor Ines Duarte tried to calm residents by claiming the water was “perfectly safe”.")
        #expect(u.mention("“perfectly") == "Mayor Ines Duarte")
    }

    @Test func commaInsideTheMarksDoesNotMakeSpeech() {
        let t = QuoteTestText(
            "The harbour town, once a “backwater,” now fills with visitors, and her first novel, “Salt Roads,” sold out."
        )
        #expect(t.quote("“backwater")?.kind == .scare)
        #expect(t.quote("“Salt Roads")?.kind == .title)
        #expect(t.quotes.allSatisfy { $0.speaker == nil })
        // A comma at the start of a sentence still waits for its attribution: `“Yes,” he began`.
        let u = QuoteTestText("“Not yet,” she said.")
        #expect(u.quotes.first?.kind == .speech)
    }

    @Test func continuedAfterTheQuoteAttributesIt() {
        let t = QuoteTestText("“We will keep the reading room open until nine,” the librarian continued.")
        #expect(t.mention("“We will") == "the librarian")
        let u = QuoteTestText("The talks continued. Nobody spoke to the press.")
        #expect(u.quotes.isEmpty)
    }

    @Test func participleTakesTheSentenceSubject() {
        let t = QuoteTestText("Ines Duarte rejected the offer on Monday, saying it was “an insult to workers.”")
        #expect(t.mention("“an insult") == "Ines Duarte")
    }

    @Test func conjoinedVerbTakesTheEarlierSubject() {
        let t = QuoteTestText("The driver told police that he had braked, and said he was “very sorry”.")
        #expect(t.mention("“very") == "The driver")
    }

    @Test func appositionKeepsTheName() {
        let t = QuoteTestText("After the game, Ruth Mendes, the team captain, said, “We deserved it.”")
        #expect(t.mention("“We deserved") == "Ruth Mendes")
    }

    @Test func previousSentenceSubject() {
        let t = QuoteTestText("Governor Ruth Mendes criticised the decision on Monday. “This will cost jobs.”")
        #expect(t.mention("“This will") == "Governor Ruth Mendes")
    }

    @Test func pullQuoteCredit() {
        let t = QuoteTestText("“We will rebuild, stone by stone.” – Ruth Mendes\n\nThe town was quiet.")
        #expect(t.mention("“We will") == "Ruth Mendes")
    }

    @Test func paragraphOfQuoteAfterACaptionKeepsTheSpeaker() {
        let t = QuoteTestText(
            "Ruth Mendes said, “We tried everything.”\n\nA photo of the harbour.\n\n“And we will try again.”")
        #expect(t.mention("“And we") == "Ruth Mendes")
    }

    @Test func scareQuotesGetNoSpeaker() {
        let t = QuoteTestText(
            "The so-called “reform” was cheered by a supposed “expert”. Workers reject its “benefits”.")
        #expect(t.quotes.count == 3)
        #expect(t.quotes.allSatisfy { $0.kind == .scare && $0.speaker == nil })
    }

    @Test func titlesGetNoSpeaker() {
        let t = QuoteTestText(
            "Migrants ride a freight train known as “The Beast”. Tourists call the hill “Monte Verde”.")
        #expect(t.quotes.allSatisfy { $0.kind == .title && $0.speaker == nil })
    }

    @Test func wordsMentionedAreNotSpeech() {
        let t = QuoteTestText("The minister said the form added the words “and Security” to its title.")
        #expect(t.quotes.first?.kind == .scare)
        #expect(t.quotes.first?.speaker == nil)
    }

    @Test func verbWithAPlainObjectKeepsScareQuote() {
        let t = QuoteTestText("The judge denied custody after seeing her in a “dress” at the party.")
        #expect(t.quotes.first?.kind == .scare)
        #expect(t.quotes.first?.speaker == nil)
    }

    @Test func indirectQuestionKeepsScareQuote() {
        let t = QuoteTestText("The senator asked officials how the files stored in “secure rooms” ended up outside.")
        #expect(t.quotes.first?.kind == .scare)
        #expect(t.quotes.first?.speaker == nil)
    }

    @Test func quoteInterruptedByItsAttribution() {
        let t = QuoteTestText("“We tried,” he said, “but the river rose too fast.”")
        #expect(t.mention("“We tried") == "he")
        #expect(t.mention("“but") == "he")
    }

    @Test func multiParagraphQuoteHasOneSpeaker() {
        let t = QuoteTestText("The coach Ana Ruiz said: “We lost.\n\n“We will learn.”\n\nThe season ends in May.")
        #expect(t.quotes.count == 1)
        #expect(t.mention("“We lost") == "The coach Ana Ruiz")
    }

    @Test func unattributedCommaQuoteIsNotGuessed() {
        let t = QuoteTestText("Ana Ruiz said, “We lost.”\n\n“We are not afraid,” the crowd hummed on the bridge.")
        #expect(t.quote("“We are")?.speaker == nil)
    }

    @Test func appositionInsideTheSubjectAfterTheQuote() {
        let t = QuoteTestText(
            "“I don’t know,” the girl’s father, Sam Oduya, told reporters. “Nobody knows,” Oduya, 52, said.")
        #expect(t.mention("“I don’t") == "the girl’s father, Sam Oduya")
        #expect(t.mention("“Nobody") == "Oduya, 52")
    }

    @Test func calledItReportsWordsButATrainCalledSomethingIsAName() {
        let t = QuoteTestText(
            "Lawmakers called it “A Betrayal Of Voters” on Friday. They rode a bus called “The Ghost”.")
        #expect(t.quote("“A Betrayal")?.kind == .title)
        #expect(t.mention("“A Betrayal") == "Lawmakers")
        #expect(t.quote("“The Ghost")?.kind == .title)
        #expect(t.quote("“The Ghost")?.speaker == nil)
        #expect(QuoteTestText("The group called for “immediate action” today.").quotes.first?.speaker == nil)
    }

    @Test func pronounNamesThePersonNotTheirEmployer() {
        let t = QuoteTestText("“It is a mistake,” said Priya Nair of Capital Research. “We will see,” she added.")
        #expect(t.quote("“We will")?.speaker?.name == "Priya Nair")
    }

    @Test func pronounIsNotResolvedToAnInstitution() {
        let t = QuoteTestText(
            "Mayor Tom Reed met staff. The City Council said it was “concerned”. “We will act,” he said.")
        #expect(t.quote("“We will")?.speaker?.name == "Tom Reed")
    }

    @Test func quotedAsSaying() {
        let t = QuoteTestText("A local official, Li Wen, was quoted by the agency as saying: “Help is on the way.”")
        #expect(t.mention("“Help") == "Li Wen")
        let u = QuoteTestText("Li Wen spoke to the agency. The paper quoted him as saying: “Help is on the way.”")
        #expect(u.mention("“Help") == "him")
        #expect(u.quote("“Help")?.speaker?.name == "Li Wen")
    }

    @Test func glossInBracketsIsNotSpeech() {
        let t = QuoteTestText("Police said they found MDMA (“ecstasy”) in the boxes.")
        #expect(t.quotes.first?.kind == .scare)
        #expect(t.quotes.first?.speaker == nil)
    }

    @Test func attributionEndingTheSentenceAfterAClause() {
        let t = QuoteTestText("“The danger is the storm surge” that could flood the city, the mayor said on Sunday.")
        #expect(t.mention("“The danger") == "the mayor")
        let u = QuoteTestText("“The danger is the storm surge” that could flood the city, said Mayor Ray Holt.")
        #expect(u.mention("“The danger") == "Mayor Ray Holt")
    }

    @Test func pronounSkipsNamesInsideQuotesAndDatelines() {
        let t = QuoteTestText(
            "PORT TOWN - Most residents left, Mayor Anna Bell said.\n\n“Thank God, they left,” she told the radio.")
        #expect(t.quote("“Thank")?.speaker?.name == "Anna Bell")
        let u = QuoteTestText(
            "LISBON - Mayor Anna Bell ordered an evacuation ahead of what she called “the storm of the century.”")
        #expect(u.mention("“the storm") == "she")
        #expect(u.quote("“the storm")?.speaker?.name == "Anna Bell")
    }

    @Test func relativeClauseInsideTheSubject() {
        let t = QuoteTestText("“We were told to wait,” one resident, who asked not to be named, told the radio.")
        #expect(t.mention("“We were") == "one resident")
    }

    @Test func britishSingleQuotes() {
        let t = QuoteTestText("'It's devastating,' said Mrs Jones, 67. ‘The workers’ pay is low,’ she added.")
        #expect(t.spans == ["'It's devastating,'", "‘The workers’ pay is low,’"])
        #expect(t.mention("'It's") == "Mrs Jones")
        #expect(t.mention("‘The workers") == "she")
    }

    @Test func unknownAttributionAfterTheQuoteIsNotGuessed() {
        let t = QuoteTestText("“We lost,” said Ana Ruiz.\n\n“We will—” he began, before stopping.")
        #expect(t.quote("“We will")?.kind == .speech)
        #expect(t.quote("“We will")?.speaker == nil)
    }

    @Test func passiveListenerIsNotTheSpeaker() {
        let t = QuoteTestText("“Go home now,” residents were told on Friday.")
        #expect(t.quote("“Go home")?.speaker == nil)
    }

    @Test func fullAnalysisAttributesSpeakers() {
        let article = Article(
            id: "t", title: "T", text: "T\n\n“It is done,” said the judge.",
            blocks: [
                Block(kind: .title, range: TextRange(0, 1)), Block(kind: .paragraph, range: TextRange(3, 32)),
            ])
        let analysis = analyze(article)
        #expect(analysis.quotes.count == 1)
        #expect(analysis.quotes.first?.speaker?.name == "the judge")
    }
}

@Suite("Speaker attribution: error kinds from unseen text")
struct SpeakerErrorKindTests {
    @Test func quoteInsideAQuoteIsNestedAndHasNoSpeaker() {
        let t = QuoteTestText(
            "“My aunt kept saying, ‘The river will not rise this year,’ and then it did,” Ivo Marek said.")
        #expect(t.quote("‘The river")?.kind == .nested)
        #expect(t.quote("‘The river")?.speaker == nil)
        #expect(t.quote("“My aunt")?.kind == .speech)
        #expect(t.mention("“My aunt") == "Ivo Marek")
    }

    @Test func aFewWordsInsideAQuoteStayScare() {
        let t = QuoteTestText("“They call it ‘progress’ and we pay for it,” a shop owner said.")
        #expect(t.quote("‘progress")?.kind == .scare)
    }

    @Test func quoteEndingInAQuoteInsideStillFindsTheCueAfterIt() {
        let t = QuoteTestText("“Then my boss looked at me and said, ‘Go home early,’” Lena Vos recalled.")
        #expect(t.mention("“Then my boss") == "Lena Vos")
        let u = QuoteTestText("“The sign only read ‘closed for repairs.’” Omar Bell said.")
        #expect(u.quote("“The sign")?.kind == .speech)
    }

    @Test func doubledApostrophesWithASingleMarkInsideTheClose() {
        let t = QuoteTestText("''We call that plan 'the long way,''' said Marta Quell, a planner.")
        #expect(t.mention("''We call") == "Marta Quell")
    }

    @Test(
        "Cue verbs after the quote",
        arguments: ["answered", "charged", "barked", "retorted", "confessed", "assured the crowd", "mocked", "scoffed"])
    func moreCueVerbs(_ verb: String) {
        let t = QuoteTestText("“Nobody asked us first,” Dana Holt \(verb).")
        #expect(t.mention("“Nobody") == "Dana Holt")
    }

    @Test func aParticipleAfterTheQuoteKeepsTheSentenceSubject() {
        let t = QuoteTestText("Ruth Amis said the council had “wasted a whole year,” adding that the budget was late.")
        #expect(t.mention("“wasted") == "Ruth Amis")
    }

    @Test func wordsAfterTheVerbAreNotTheSpeaker() {
        let t = QuoteTestText(
            "The plan will cost more than it saves, the treasurer said in a statement. “We cannot afford it.”")
        #expect(t.mention("“We cannot") != "in a statement")
    }

    @Test func aSceneSettingPhraseBeforeTheSubjectIsSkipped() {
        let t = QuoteTestText("Hours later, Nils Dorn turned to the crowd, telling them, “This is only the start.”")
        #expect(t.mention("“This is") == "Nils Dorn")
        let u = QuoteTestText("Here in the valley, she spoke to farmers, saying, “We hear you.”")
        #expect(u.mention("“We hear") == "she")
    }

    @Test func aPartyAndStateInBracketsInsideTheSubject() {
        let t = QuoteTestText("“We will not stop,” Senator Ann Wells (D-Ore.) said.")
        #expect(t.mention("“We will") == "Senator Ann Wells")
    }

    @Test func whatANameCalledIsTheirWords() {
        let t = QuoteTestText("The town wanted to shed what Baxter called “a long image problem.”")
        #expect(t.mention("“a long") == "Baxter")
        let u = QuoteTestText("The engine, which engineers called “the beast,” broke down.")
        #expect(u.quote("“the beast")?.speaker == nil)
    }

    @Test func wentOnAfterTheQuoteIsACue() {
        let t = QuoteTestText(
            "Kim Lo spoke first. “You see, it works, right?” Dan Ort went on, as if he had not heard.")
        #expect(t.mention("“You see") == "Dan Ort")
    }

    @Test func aNameRightBeforeTheColonSaysTheQuote() {
        let t = QuoteTestText("The rise does not surprise the economist Vera Hale: “Prices always follow wages.”")
        #expect(t.mention("“Prices") == "Vera Hale")
        let u = QuoteTestText("Crowds gathered in Tarvik: “We want the bridge back.”")
        #expect(u.mention("“We want") == "Crowds")
    }

    @Test func jeeringIsSaying() {
        let t = QuoteTestText("Her friends jeered, ''Not again!''")
        #expect(t.mention("''Not again") == "Her friends")
    }

    @Test func asSomeonePutIt() {
        let t = QuoteTestText("As Professor Ilse Lind put it: “Cities grow where rivers bend.”")
        #expect(t.mention("“Cities") == "Professor Ilse Lind")
        let u = QuoteTestText("Rates stayed low because, as he puts it, “nobody wanted to move first.”")
        #expect(u.mention("“nobody") == "he")
    }

    @Test func aHeadlineThatOpensWithANameAndAColon() {
        let t = QuoteTestText("Dana Price: Council Plan Is ‘A Step Back for Everyone.’\n\nThe council met on Tuesday.")
        #expect(t.mention("‘A Step") == "Dana Price")
        let u = QuoteTestText("The Latest: Council weighs ‘a step back for everyone.’")
        #expect(u.mention("‘a step") == nil)
    }

    @Test func shotBackAfterTheQuote() {
        let t = QuoteTestText("“You had your turn,” Dan Ort shot back.")
        #expect(t.mention("“You had") == "Dan Ort")
        let u = QuoteTestText("Kim Lo said the plan was late. Dan Ort fired back, “It was never on time.”")
        #expect(u.mention("“It was") == "Dan Ort")
    }
}

@Suite("One list of speech verbs")
struct SpeechVerbTests {
    @Test func theNameRulesVerbsAreAllCueVerbs() {
        let all = Set(SpeechVerbs.all)
        #expect(SpeechVerbs.nameCues.allSatisfy(all.contains), "\(SpeechVerbs.nameCues.filter { !all.contains($0) })")
        #expect(QuoteLexicon.cueVerbs == all)
        #expect(Lexicon.Words.speech == SpeechVerbs.nameCues)
    }

    @Test func aReportStatesIsACue() {
        let t = QuoteTestText("“Costs will rise,” the annual report states.")
        #expect(t.mention("“Costs") == "the annual report")
    }
}
