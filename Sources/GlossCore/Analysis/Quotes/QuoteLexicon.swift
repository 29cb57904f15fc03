/// The words the speaker rules look for. General English newswriting words only: no names.
enum QuoteLexicon {
    /// Verbs that introduce or follow reported words (all forms listed, lower case).
    static let cueVerbs: Set<String> = Set(SpeechVerbs.all)

    /// Cue verbs that introduce speech but do not make a few quoted words after them someone's
    /// words: asking (`asked how … “secure rooms”`) and verbs that often take a plain object
    /// (`denied custody over a “dress”`).
    static let askingVerbs: Set<String> = [
        "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "deny", "denies", "denied", "confirm",
        "confirms", "confirmed", "agree", "agrees", "agreed", "maintain", "maintains", "maintained", "urge", "urges",
        "urged", "urging", "cite", "cites", "cited", "citing", "read", "reads", "mention", "mentions", "mentioned",
        "pledged", "vowed", "demanded", "complain", "complains", "complained", "complaining", "posted",
        "acknowledge", "acknowledges", "acknowledged", "recall", "recalls", "recalled", "recalling",
    ]

    /// Words before a quote that make it a name: the train known as “The Comet”.
    static let titleCues: Set<String> = [
        "called", "dubbed", "named", "nicknamed", "labelled", "labeled", "titled", "entitled", "branded",
        "known", "name", "headline", "headlined", "renamed", "christened",
    ]

    /// Nouns before a quote that mention the words rather than report them: the words “and Welfare”.
    static let mentionNouns: Set<String> = [
        "word", "words", "term", "terms", "phrase", "phrases", "slogan", "label", "expression",
    ]

    /// Personal pronouns that can be the subject of a cue verb.
    static let pronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "him", "them"]

    /// Pronouns resolved to the person last named.
    static let personPronouns: Set<String> = ["he", "she", "him"]

    /// Words between a subject and its verb: `Hale also said`, `She has since said`.
    static let between: Set<String> = [
        "also", "later", "then", "previously", "recently", "once", "again", "reportedly", "further", "has", "have",
        "had", "was", "is", "were", "are", "would", "will", "just", "earlier", "subsequently", "simply", "finally",
        "only", "even", "still", "already", "often", "since", "never", "did", "does", "do", "had", "has", "might",
        "may", "could", "can", "should", "must", "once", "first",
    ]

    /// Words that end a subject phrase read backwards from its verb: the subject starts after them.
    static let subjectStops: Set<String> = [
        "that", "which", "who", "whom", "whose", "when", "while", "whilst", "where", "as", "because", "since", "if",
        "although", "though", "but", "and", "or", "with", "after", "before", "than", "so", "to", "not", "what",
        "how", "why", "whether", "once", "until", "unless", "nor", "yet", "is", "was", "are", "were", "be", "been",
        "get", "gets", "got", "has", "have", "had", "will", "would",
    ]

    /// Words right before a cue verb that show it has no subject of its own: `and said`, `by claiming`.
    static let noSubject: Set<String> = [
        "and", "but", "or", "by", "after", "before", "while", "whilst", "when", "without", "for", "in", "of", "to",
        "not", "than", "also", "then", "since", "upon", "as",
    ]

    /// Words that end a speaker phrase read forwards after `said`: `said Smith to reporters`.
    static let phraseStops: Set<String> = [
        "to", "in", "on", "at", "during", "after", "before", "when", "while", "whilst", "as", "who", "which", "that",
        "about", "with", "because", "last", "yesterday", "today", "tonight", "this", "and", "but", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "earlier", "later", "on", "via", "through", "over",
        "following", "adding", "noting", "saying", "in", "he", "she", "they", "it", "is", "was", "has", "had", "would",
    ]

    /// Words that open a sentence with an introductory phrase: the subject comes after its comma.
    static let introWords: Set<String> = [
        "after", "in", "on", "during", "amid", "for", "as", "while", "whilst", "when", "although", "despite",
        "following", "with", "at", "by", "of", "since", "before", "if", "because", "though", "under", "over",
        "through", "throughout", "last", "earlier", "later", "meanwhile", "however", "but", "and", "so", "yet",
        "still", "also", "instead", "speaking", "according", "from", "to", "upon", "among", "outside", "inside",
        "within", "without", "once", "then", "now", "today", "yesterday", "this", "that", "separately", "elsewhere",
        "nevertheless", "moreover", "furthermore", "asked", "until", "unlike", "like", "beyond", "behind", "across",
    ]

    /// Determiners that may open a subject phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "another", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "one",
    ]

    /// Auxiliaries and other words a subject phrase read forwards stops before.
    static let verbLike: Set<String> = [
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
        "should", "did", "does", "do", "also", "who", "which", "that", "said", "says",
    ]

    /// Titles before a name, dropped when a pronoun is resolved to it: `Mayor Tom Reed` → `Tom Reed`.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "prof", "prof.", "professor", "president", "minister",
        "secretary", "senator", "sen.", "governor", "gov.", "mayor", "judge", "justice", "general", "gen.", "chief",
        "coach", "rep.", "representative", "officer", "captain", "capt.", "sgt.", "sergeant", "king", "queen",
        "prince", "princess", "pope", "bishop", "rev.", "reverend", "chancellor", "premier", "ambassador",
        "commissioner", "inspector", "detective", "lieutenant", "colonel", "admiral", "sheriff", "councillor",
        "councilman", "councilwoman", "spokesman", "spokeswoman", "director", "chairman", "chairwoman", "ceo",
    ]

    /// Things that speak for their author: `Calder's statement added` is Cornyn speaking.
    static let documents: Set<String> = [
        "statement", "letter", "tweet", "post", "blog", "website", "account", "message", "release", "memo", "email",
        "note", "speech", "book", "column", "editorial", "op-ed",
    ]

    /// Words joining the parts of a name: `Department of Agriculture`, `Evening Courier`.
    static let connectors: Set<String> = ["of", "for", "the", "and"]

    /// Prepositions after a common noun that make a phrase describe someone: `a spokesman for X`.
    static let prepositions: Set<String> = ["for", "of", "from", "to", "with", "at", "by", "representing"]

    /// Every listed word, by its `ScalarHash` (the one hash the recognizer's `Lexicon` keys its
    /// tables by: case- and accent-folded), with the lists it is in as `WordClass` bits.
    static let classes: HashMap<UInt32> = {
        let lists: [(Set<String>, WordClass)] = [
            (cueVerbs, .cue), (askingVerbs, .asking), (titleCues, .titleCue), (mentionNouns, .mentionNoun),
            (pronouns, .pronoun), (personPronouns, .personPronoun), (between, .between), (subjectStops, .subjectStop),
            (noSubject, .noSubject), (phraseStops, .phraseStop), (introWords, .intro), (determiners, .determiner),
            (verbLike, .verbLike), (connectors, .connector), (prepositions, .preposition), (titles, .title),
            (documents, .document),
        ]
        var out = HashMap<UInt32>(capacity: lists.reduce(0) { $0 + $1.0.count })
        for (list, c) in lists {
            for w in list {
                let scalars = Array(w.unicodeScalars)
                out.insert(ScalarHash.hash(scalars, 0, scalars.count), c.rawValue)
            }
        }
        return out
    }()
}
