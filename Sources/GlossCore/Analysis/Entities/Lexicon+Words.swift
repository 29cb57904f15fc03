extension Lexicon {
    /// Hand-written word classes: general English, no names from any article.
    enum Words {
        static let common: [String] =
            function + [
                "amid", "image",
                "photo", "video", "caption", "source", "sources", "update", "breaking", "editor", "note", "read", "see",
                "section", "chapter", "part", "page", "day", "week", "month", "year", "time", "group", "team", "game",
                "match", "cup", "world", "league", "final", "finals", "round", "award", "awards", "prize", "man",
                "woman",
                "men", "women", "people", "program", "programme", "project", "mission", "news", "report", "reports",
                "press", "media", "internet", "online", "web", "website", "email",
                "government", "state", "federal", "national", "international", "global", "local", "public", "general",
                "official", "officials", "police", "army", "military", "navy", "court", "law", "act", "treaty",
                "war", "peace", "election", "elections", "party", "parliament", "congress", "senate", "house", "office",
                "border", "city", "town", "village", "county", "province", "region", "district", "country", "republic",
                "kingdom", "empire", "union", "church", "school", "university", "college", "hospital", "airport",
                "street", "road", "avenue", "square", "park", "bridge", "river", "lake", "mountain", "island", "beach",
                "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
                "lower", "greater", "inner", "outer", "middle", "big", "small", "great", "little", "high", "low",
                "good",
                "bad", "best", "worst", "better", "worse", "free", "open", "closed", "black", "white", "red", "blue",
                "green", "yellow", "gold", "silver", "golden", "royal", "holy", "saint", "easter",
                "christmas", "thanksgiving", "halloween", "ramadan", "hanukkah", "passover", "diwali",
                "internet", "god", "lord", "sir", "madam", "ladies", "gentlemen", "happy", "sorry", "thank", "welcome",
                "despite", "nevertheless", "nonetheless", "likewise", "similarly", "additionally", "consequently",
                "accordingly", "hence", "besides", "furthermore", "speaking", "asked", "when", "whenever", "wherever",
                "let", "lets", "make", "makes", "get", "gets", "go", "goes", "take", "takes", "give", "gives", "keep",
                "stop", "help", "watch", "look", "listen", "wait", "tell", "say", "says", "said", "according", "why",
                "children", "kids", "family", "families", "friends", "fans", "visitors", "users", "members", "leaders",
                "critics", "experts", "scientists", "researchers", "authorities", "officers", "soldiers", "troops",
                "voters", "residents", "citizens", "students", "teachers", "parents", "armed", "breaking", "exclusive",
                "live", "latest", "top", "full", "main", "real", "true", "special",
                "yesterday", "tuesday", "day", "days", "weekend", "morning", "afternoon", "evening", "night",
                "science", "technology", "health", "education", "business", "economy", "finance", "sport", "sports",
                "culture", "arts", "music", "film", "television", "radio", "fiction", "various", "despite", "because",
                "although",
                "ground", "sea", "air", "force", "forces", "guard", "corps", "stage", "hall",
                "center", "centre", "museum", "flight", "facility", "complex", "base", "camp",
                "agency", "administration", "department", "ministry", "institute", "council", "committee", "commission",
                "association", "organization", "organisation", "foundation", "company", "corporation", "bank", "fund",
                // Words common in titles of works, events and products.
                "foreign", "affairs", "home", "interior", "defence", "defense", "justice", "environment", "energy",
                "trade", "industry", "labour", "labor", "health", "series", "star", "stars", "wars", "war",
                "operation", "operations", "story", "stories", "tales", "book", "books", "times", "life", "death",
                "love", "dark",
                "light", "night", "day", "fire", "ice", "water", "earth", "sun", "moon", "return", "rise", "fall",
                "edition", "collection", "classic", "classics",
                "championship", "championships", "tournament", "olympics", "olympic", "games", "festival", "conference",
                "summit", "forum", "show", "awards", "prize", "trophy", "medal", "protection",
                "secret", "secrets", "official", "policy", "act", "plan", "strategy",
                "reform", "review", "inquiry", "report", "survey", "study", "index", "daily", "weekly", "monthly",
                "annual", "magazine", "journal", "gazette", "network", "channel", "digital", "mobile", "phone", "app",
                "apps", "software", "computer", "video", "games", "console", "edition", "version", "player", "players",
                "club", "united", "city", "athletic", "rovers", "wanderers", "rangers", "real", "sporting", "memorial",
                "visitor", "visitors", "vote", "votes", "poll", "polls", "form", "forms", "application", "claim",
                "claims", "border", "system", "systems", "service", "services", "care", "aid", "relief",
                "climate", "change", "food", "arrest", "school", "schools", "student", "teacher", "history", "art",
                "design", "fashion",
                "new", "year", "spring", "summer", "autumn", "winter", "fall",
                "morning", "evening", "fan", "fans", "first", "last", "chief", "executive", "senior", "junior",
                "assistant", "acting", "interim", "former",
                "relations", "rights", "affairs", "studies", "research", "development", "security", "safety", "welfare",
            ]

        /// Function words: the first part of `common`, which never start a name.
        static let function: [String] = [
            // Function words and pronouns.
            "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "yet", "so", "if", "then",
            "when", "where", "while", "whilst", "as", "at", "by", "for", "from", "in", "into", "of", "off", "on",
            "onto",
            "out", "over", "to", "up", "upon", "with", "within", "without", "about", "above", "across", "after",
            "against", "along", "amid", "amidst", "among", "around", "before", "behind", "below", "beneath", "beside",
            "besides", "between", "beyond", "despite", "down", "during", "except", "inside", "like", "near", "outside",
            "since", "through", "throughout", "toward", "towards", "under", "until", "unlike", "via", "i", "me", "my",
            "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their",
            "who", "whom", "whose", "which", "what", "why", "how", "all", "any", "both", "each", "either", "every",
            "few", "many", "more", "most", "much", "neither", "no", "none", "not", "other", "others", "several",
            "some", "such", "there", "here", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "also",
            "only", "just", "even", "still", "already", "again", "once", "now", "today", "yesterday", "tomorrow",
            "tonight", "however", "therefore", "thus", "meanwhile", "moreover", "furthermore", "although", "though",
            "because", "unless", "whether", "instead", "otherwise", "indeed", "perhaps", "according", "following",
            "including", "regarding", "yes", "okay", "please", "thanks", "well", "very", "too", "than", "once",
            "last", "next", "first", "second", "third", "new", "old", "former", "late", "early", "earlier", "later",
            "recently", "currently", "finally", "eventually", "overall", "together", "often", "never", "always",
            "sometimes", "soon", "ago", "nearly", "almost", "about", "approximately", "roughly", "several", "another",
            "everyone", "everything", "someone", "something", "anyone", "anything", "nobody", "nothing", "one", "two",
            "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundreds", "thousands", "millions",
            "dear", "oh", "hey", "hello",
        ]

        static let titles: [String] = [
            "President", "Vice", "Secretary", "Minister", "Premier", "Chancellor", "Administrator", "Governor",
            "Senator", "Congressman", "Congresswoman", "Representative", "Mayor", "Councillor", "Councilman",
            "Councilwoman", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Pope", "Sultan", "Emir",
            "Sheikh", "Shah", "Duke", "Duchess", "Baron", "Baroness", "Lord", "Lady", "Sir", "Dame", "General",
            "Admiral", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Corporal", "Commander", "Marshal",
            "Judge", "Justice", "Magistrate", "Attorney", "Prosecutor", "Chairman", "Chairwoman", "Chairperson",
            "Chair", "Director", "Chief", "Officer", "Commissioner", "Ambassador", "Envoy", "Consul", "Spokesman",
            "Spokeswoman", "Spokesperson", "Professor", "Doctor", "Dr.", "Mr.", "Mrs.", "Ms.", "Miss", "Mx.", "Prof.",
            "Mr", "Mrs", "Ms", "Dr",
            "Gen.", "Gov.", "Sen.", "Rep.", "Rev.", "Capt.", "Col.", "Lt.", "Sgt.", "Cmdr.", "Adm.", "Maj.", "Pres.",
            "Supt.", "Insp.", "Det.", "Hon.", "Fr.", "St.", "Reverend", "Father", "Sister", "Brother", "Bishop",
            "Archbishop", "Cardinal", "Rabbi", "Imam", "Ayatollah", "Pastor", "Detective", "Inspector", "Sheriff",
            "Deputy", "Superintendent", "Constable", "Coach", "Manager", "Head", "Leader", "Speaker", "Dean",
            "Rector", "Mufti", "Monsignor", "Saint", "Agent", "Officer", "Trooper", "Private", "Chancellor",
            "Treasurer", "Auditor", "Comptroller", "Undersecretary", "Ombudsman", "Principal", "Founder", "CEO",
            "CFO", "COO", "Chef", "Referee", "Striker", "Goalkeeper", "Midfielder", "Defender", "Captain",
            "Candidate", "Nominee", "Delegate", "Secretary-General", "Adviser", "Advisor", "Counselor", "Counsellor",
        ]

        static let organizations: [String] = [
            "Post", "Times", "Globe", "Mail", "Mirror", "Courier", "Examiner", "Register", "Bulletin", "Dispatch",
            "Sentinel", "Independent", "Standard", "Economist", "Journal", "Herald", "Tribune", "Gazette", "Telegraph",
            "Guardian", "Observer", "Daily",
            "News", "Press", "Chronicle", "Inquirer", "Review", "Magazine", "Network", "Broadcasting", "Television",
            "Radio", "Institute", "Institution", "University", "College", "Academy", "School", "Society",
            "Association", "Federation", "Confederation", "Union", "League", "Council", "Committee", "Commission",
            "Board", "Bureau", "Agency", "Administration", "Authority", "Department", "Ministry", "Office", "Service",
            "Services", "Patrol", "Police", "Guard", "Army", "Navy", "Force", "Forces", "Corps", "Party", "Movement",
            "Front", "Alliance", "Coalition", "Nations", "Union", "Congress", "Parliament", "Senate", "Assembly",
            "Court", "Tribunal",
            "Bank", "Fund", "Trust", "Foundation", "Company", "Co.", "Corporation", "Corp.", "Inc.", "Ltd.", "LLC",
            "Group", "Holdings", "Platforms", "Industries", "Enterprises", "Partners", "Systems", "Technologies",
            "Labs",
            "Laboratory", "Laboratories", "Airlines", "Airways", "Motors", "Pharmaceuticals", "Church", "Club",
            "Team", "Organization", "Organisation", "Programme", "Program", "Project", "Initiative", "Campaign",
            "Watch", "Network", "Cooperative", "Council", "Cabinet", "Secretariat", "Reserve", "Exchange", "FC",
            "Brigade", "Battalion", "Regiment", "Division", "Command", "Studios", "Records", "Consortium",
            "Syndicate", "Collective", "Chamber", "Caucus", "Directorate", "Inspectorate", "Ombudsman",
            "Entertainment", "Media", "Comics", "Games", "Software", "Foods", "Energy", "Oil", "Petroleum",
        ]

        static let facilities: [String] = [
            "Center", "Centre", "Museum", "Airport", "Station", "Stadium", "Arena", "Hall", "Hospital", "Base",
            "Park", "Bridge", "Street", "Road", "Avenue", "Boulevard", "Square", "Plaza", "Tower", "Towers",
            "Building", "Palace", "Castle", "Cathedral", "Mosque", "Temple", "Memorial", "Monument", "Library",
            "Theatre", "Theater", "Prison", "Jail", "Port", "Harbour", "Harbor", "Dam", "Canal", "Highway",
            "Freeway", "Motorway", "Lane", "Drive", "Terminal", "Pier", "Wharf", "Mall", "Market", "Complex",
            "Campus", "Planetarium", "Zoo", "Garden", "Gardens", "Cemetery", "Field", "Court", "Pad", "Facility",
            "Observatory", "Embassy", "Consulate", "Hotel", "Resort", "Ranch", "Farm", "Mine", "Plant", "Refinery",
            "Reservoir", "Lake", "River", "Mountain", "Mountains", "Mount", "Island", "Islands", "Bay", "Gulf",
            "Sea", "Ocean", "Valley", "Desert", "Forest", "Peninsula", "Strait", "Coast", "Beach", "Falls",
            "Heights", "Hills", "Hill", "Point", "Cape", "Lighthouse", "Pavilion", "Auditorium", "Coliseum",
            "Shelf", "Glacier", "Trench", "Reef", "Ridge", "Basin", "Plateau", "Range", "Volcano", "Canyon", "Creek",
            "Pass", "Sound", "Fjord", "Lagoon", "Marsh", "Swamp", "Delta", "Rainforest", "Straits",
            "Crater", "Atoll", "Archipelago", "Lakes", "Springs", "Wells", "Rapids", "Gorge", "Dunes", "Oasis",
        ]

        static let months: [String] = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
            "Nov.", "Dec.",
        ]
        static let weekdays: [String] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        static let connectors: [String] = [
            "of", "and", "&", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "des", "la", "le", "los",
            "las", "van", "von", "der", "den", "ter", "bin", "bint", "ibn", "al", "el", "y", "e", "the", "upon", "on",
        ]
        static let placePrepositions: [String] = [
            "in", "at", "from", "near", "outside", "across", "into", "throughout", "to", "toward", "towards",
            "around", "within", "inside", "via", "between", "visit", "visited", "visiting", "left", "reached",
        ]
        static let demonyms: [String] = [
            "American", "Americans", "British", "Briton", "Britons", "English", "French", "Dutch", "Swiss", "Greek",
            "Thai", "Filipino", "Filipina", "Welsh", "Scottish", "Scots", "Irish", "Spanish", "Danish", "Swedish",
            "Finnish", "Polish", "Turkish", "Kurdish", "Jewish", "Arab", "Arabs", "Arabic", "Latino", "Latina",
            "Hispanic", "European", "Europeans", "African", "Africans", "Asian", "Asians", "Chinese", "Japanese",
            "Vietnamese", "Lebanese", "Sudanese", "Portuguese", "Taiwanese", "Burmese", "Nepalese", "Congolese",
            "Senegalese", "Maltese", "Pakistani", "Israeli", "Iraqi", "Saudi", "Yemeni", "Kuwaiti", "Qatari", "Omani",
            "Bangladeshi", "Afghan", "Afghans", "Kiwi", "Aussie", "Soviet", "Western", "Eastern", "Muslim",
            "Muslims", "Christian", "Christians", "Catholic", "Catholics", "Protestant", "Hindu", "Sikh", "Buddhist",
            "Democrat", "Democrats", "Democratic", "Republican", "Republicans", "Conservative", "Conservatives",
            "Labour", "Liberal", "Liberals", "Socialist", "Communist", "Marxist", "Islamic", "Islamist", "Sunni",
            "Shia", "Shiite", "Caucasian", "Hispanics", "Aboriginal", "Indigenous", "Maori", "Inuit",
        ]
        static let speech: [String] = SpeechVerbs.nameCues
        static let placeNouns: [String] = [
            "town", "city", "village", "state", "province", "county", "region", "district", "capital", "island",
            "municipality", "neighbourhood", "neighborhood", "suburb", "port", "hamlet", "township", "borough",
            "prefecture", "department", "canton", "oblast", "territory", "republic", "kingdom", "emirate",
        ]
        static let articles: [String] = [
            "La", "Le", "Les", "Las", "Los", "El", "Il", "Lo", "Die", "Der", "Das", "Het", "The", "A", "An", "Notre",
            "Nuestra", "Nuestro",
        ]
        static let directions: [String] = [
            "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
            "Lower", "Greater", "Northeast", "Northwest", "Southeast", "Southwest", "Middle", "Inner", "Outer",
        ]
        static let continents: Set<String> = [
            "Africa", "America", "Asia", "Europe", "Oceania", "Antarctica", "Australia", "Arabia", "Scandinavia",
            "Latin", "Caribbean", "Balkans",
        ]
        /// Spellings of one country (the first is the one its other spellings link to).
        static let sameCountry: [[String]] = [
            ["United States", "United States of America", "U.S.", "US", "USA", "U.S.A.", "U. S."],
            ["United Kingdom", "UK", "U.K.", "Great Britain", "Britain"],
            ["United Arab Emirates", "UAE", "U.A.E."],
            ["Democratic Republic of the Congo", "DRC", "DR Congo"],
            ["Czech Republic", "Czechia"],
            ["Myanmar", "Burma"],
        ]
        /// Four-letter roots of demonyms whose country spelling differs: Salvador-an, Belgi-an.
        static let demonymRootExtras: [String] = ["Salv", "Peru", "Boli", "Hait", "Arme", "Alba", "Cana"]

        static let classes: [([String], Lexicon.WordClass)] = [
            (common, .common), (function, .function), (titles, .title), (organizations, .organization),
            (facilities, .facility),
            (months, .month), (weekdays, .weekday), (connectors, .connector), (placePrepositions, .placePreposition),
            (demonyms, .demonym), (speech, .speech), (placeNouns, .placeNoun), (articles, .article),
            (directions, .direction),
        ]
    }
}
