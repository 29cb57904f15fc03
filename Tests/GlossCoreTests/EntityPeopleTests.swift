import Testing

@testable import GlossCore

@Suite("People")
struct EntityPeopleTests {
    @Test func accentedMultiPartNamesAreOnePerson() {
        let r = Recognized(
            "The award went to José María Fernández Ochoa, who thanked the jury. Later Fernández Ochoa left the hall.")
        let p = r.entity(.person, "José María Fernández Ochoa")
        #expect(p != nil)
        #expect(p?.mentions.count == 2)
        #expect(r.mentions(.person) == ["José María Fernández Ochoa", "Fernández Ochoa"])
        #expect(p?.canonicalName == "José María Fernández Ochoa")
    }

    @Test func hyphenatedNames() {
        let r = Recognized(
            "The goal was scored by Lee Min-Jun in the second half, and Anne-Marie Duval-Leroy watched from the stands."
        )
        #expect(r.mentions(.person) == ["Lee Min-Jun", "Anne-Marie Duval-Leroy"])
    }

    @Test func titlesAreRecordedOutsideTheSpan() {
        let r = Recognized(
            "Finance Minister Karen Whitfield met Dr. Samuel Okafor on Friday. Mr. Okafor later spoke to reporters.")
        let k = r.entity(.person, "Karen Whitfield")
        #expect(k?.titles == ["Finance Minister"])
        let s = r.entity(.person, "Samuel Okafor")
        #expect(s?.titles.contains("Dr.") == true)
        #expect(s?.mentions.count == 2)
        #expect(!r.mentions(.person).contains { $0.contains("Minister") || $0.contains("Dr.") || $0.contains("Mr.") })
    }

    @Test func lowerCaseTitleBeforeTheName() {
        let r = Recognized("Chilean president Marta Oyarzún Riquelme announced the plan.")
        #expect(r.entity(.person, "Marta Oyarzún Riquelme")?.titles == ["president"])
        #expect(r.entities(.place).isEmpty)
    }

    @Test func possessivesStayOutsideTheSpan() {
        let r = Recognized("Gregory Halvorsen’s lawyers filed the motion. Halvorsen's office declined to comment.")
        #expect(r.mentions(.person) == ["Gregory Halvorsen", "Halvorsen"])
        #expect(r.entities(.person).count == 1)
    }

    @Test func aliasInParenthesesLinksLaterMentions() {
        let r = Recognized(
            "Former governor Luis Alberto Montenegro Paz (LAMP) returned on Sunday. Supporters cheered as LAMP spoke, and LAMP’s rivals stayed away."
        )
        let p = r.entity(.person, "Luis Alberto Montenegro Paz")
        #expect(p?.mentions.count == 4)
        #expect(p?.aliases == ["LAMP"])
        #expect(r.entities(.organization).isEmpty)
    }

    @Test func verbsThatLookLikeTitles() {
        let r = Recognized(
            "Voters re-elected Maria Estela Quispe Huamán (MEQH) in May. Critics judge MEQH by her record, and they will judge Quispe Huamán too."
        )
        #expect(r.entities(.person).count == 1)
        #expect(r.entities(.person).first?.titles == [])
        #expect(r.entities(.person).first?.mentions.count == 4)
    }

    @Test func shoutedWordsAreNotOrganizations() {
        let r = Recognized("“We are now sending ARMED SOLDIERS to the border,” the post said, citing UN WFP figures.")
        #expect(r.mentions(.organization) == ["UN", "WFP"])
    }

    @Test func describingWordsBeforeANameAreNotPartOfIt() {
        let r = Recognized(
            "The ceremony honoured Buddhist Karen Lindholm. Mr Lindholm, her husband, and Mrs Okafor came. XVII GMT UNLESS."
        )
        #expect(r.mentions(.person) == ["Karen Lindholm", "Lindholm", "Okafor"])
        #expect(r.entities(.organization).isEmpty)
    }

    @Test func namesOfThingsAreNotPeople() {
        let r = Recognized(
            "Planned Parenthood and Black Lives Matter held events, and the Boeing 737 Max was grounded while Dries Mertens scored."
        )
        #expect(r.mentions(.person) == ["Dries Mertens"])
    }

    @Test func koreanNames() {
        let r = Recognized("The coach replaced Park Min-jun with Song Ji-Ho in the second half.")
        #expect(r.mentions(.person) == ["Park Min-jun", "Song Ji-Ho"])
        #expect(r.entities(.place).isEmpty)
    }

    @Test func surnameOnlyMentionsLinkToTheFullName() {
        let r = Recognized(
            "Harriet Kowalczyk won the vote. Kowalczyk said the result was fair. Opponents of Kowalczyk disagreed.")
        #expect(r.entities(.person).count == 1)
        #expect(r.entity(.person, "Kowalczyk")?.mentions.count == 3)
    }

    @Test func bareSurnamesOfWellKnownFamilies() {
        let r = Recognized("Critics of the Morrison administration spoke on Monday. Morrison replied in a statement.")
        #expect(r.mentions(.person) == ["Morrison", "Morrison"])
        #expect(r.entities(.person).count == 1)
    }

    @Test func sentenceStartWordsAreNotPeople() {
        let r = Recognized(
            "Hungry families waited outside. Angry residents marched to the square. Several volunteers helped.")
        #expect(r.entities(.person).isEmpty)
        #expect(r.entities(.place).isEmpty)
    }

    @Test func titleCaseHeadlines() {
        let r = Recognized(
            "Flood Waters Force Thousands From Their Homes In Peru\n\nFlood waters forced families from their homes in Peru on Monday, and homes were lost."
        )
        #expect(r.entities(.person).isEmpty)
        #expect(r.entities(.organization).isEmpty)
        #expect(r.mentions(.place) == ["Peru", "Peru"])
        #expect(r.figures == ["Thousands"])
    }

    @Test func organizationsAreNeverPeople() {
        let r = Recognized(
            "A spokesman for the National Weather Service told the Boston Globe that the Coast Guard was ready.")
        #expect(r.entities(.person).isEmpty)
        #expect(Set(r.mentions(.organization)) == ["National Weather Service", "Boston Globe", "Coast Guard"])
    }

    @Test func nationalityWordsStayInOrganizationNamesButNotInPeoplesOrPlaces() {
        let r = Recognized(
            "Ines Duarte of the Portuguese Fishing Consortium met Swedish officials; Danish Prime Minister Lars Holm spoke."
        )
        #expect(r.mentions(.organization) == ["Portuguese Fishing Consortium"])
        #expect(Set(r.mentions(.person)) == ["Ines Duarte", "Lars Holm"])
        #expect(r.entities(.place).isEmpty)
    }

    @Test func namesAfterAnAcronymOfTheirEmployer() {
        let r = Recognized("Photo: UNICEF Maria Lindqvist.")
        #expect(r.mentions(.person) == ["Maria Lindqvist"])
        #expect(r.mentions(.organization) == ["UNICEF"])
    }

    @Test func nameParticlesStayInsideTheName() {
        let r = Recognized(
            "Commissioner Hendrika van der Berg met Jean-Luc de la Croix in Brussels. Van der Berg said little.")
        #expect(r.mentions(.person).prefix(2) == ["Hendrika van der Berg", "Jean-Luc de la Croix"])
        #expect(r.mentions(.place) == ["Brussels"])
    }

    @Test func namesFromManyTraditions() {
        let r = Recognized(
            "Crown Prince Faisal bin Khalid met President Abdel Karim el-Masri, President Park Ji-hoon and Dr. Ngozi Adeyemi-Okafor of the World Health Organization. Martin Luther King Jr. was quoted, and author P.D. Hartley sent a note."
        )
        #expect(
            r.mentions(.person) == [
                "Faisal bin Khalid", "Abdel Karim el-Masri", "Park Ji-hoon", "Ngozi Adeyemi-Okafor",
                "Martin Luther King Jr.", "P.D. Hartley",
            ])
        #expect(r.entity(.person, "Park Ji-hoon")?.titles == ["President"])
        #expect(r.mentions(.organization) == ["World Health Organization"])
    }

    @Test func personOfAnOrganization() {
        let r = Recognized("In a column, Rebecca Thornbury of the Daily Courier called it a mistake.")
        #expect(r.mentions(.person) == ["Rebecca Thornbury"])
        #expect(r.mentions(.organization) == ["Daily Courier"])
    }

    @Test func personAfterAnOrganization() {
        let r = Recognized("The director of the Refugee Action Trust Miriam Adeyemi said the rules were unfair.")
        #expect(r.mentions(.person) == ["Miriam Adeyemi"])
        #expect(r.mentions(.organization) == ["Refugee Action Trust"])
    }
}
