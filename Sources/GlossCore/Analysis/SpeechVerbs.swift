/// The verbs of saying, in one list for the quote rules (`QuoteLexicon.cueVerbs`) and the name
/// rules (`Lexicon.Words.speech`, a feature of the name tagger). General English only.
enum SpeechVerbs {
    /// Every form that introduces or follows reported words: the quote rules' cue verbs.
    static let all: [String] = stems.flatMap { $0 }

    /// The forms that, right after a capitalised word, show that it names a person (`Morgan
    /// replied`): the name rules' `speech` class. Each is also in `all`; the name tagger was
    /// trained with exactly these, so changing them means retraining it.
    static let nameCues: [String] = [
        "said", "says", "told", "tells", "added", "adds", "stated", "states", "wrote", "writes", "explained",
        "noted", "asked", "answered", "replied", "claimed", "argued", "insisted", "warned", "announced",
        "tweeted", "posted", "declared", "admitted", "confirmed", "denied", "recalled", "continued",
    ]

    private static let stems: [[String]] = [
        ["say", "says", "said", "saying"], ["tell", "tells", "told", "telling"],
        ["yell", "yells", "yelled", "yelling"], ["ask", "asks", "asked", "asking"],
        ["add", "adds", "added", "adding"], ["write", "writes", "wrote", "writing"],
        ["tweeted", "tweeting"], ["declare", "declares", "declared", "declaring"],
        ["claims", "claimed", "claiming"], ["stated", "states", "stating"],
        ["notes", "noted", "noting"], ["commented", "commenting"],
        ["explain", "explains", "explained", "explaining"], ["announce", "announces", "announced", "announcing"],
        ["insist", "insists", "insisted", "insisting"], ["argue", "argues", "argued", "arguing"],
        ["warn", "warns", "warned"], ["replies", "replied", "replying"],
        ["respond", "responds", "responded", "responding"], ["continued"],
        ["recall", "recalls", "recalled", "recalling"], ["admit", "admits", "admitted", "admitting"],
        ["acknowledge", "acknowledges", "acknowledged"], ["assert", "asserts", "asserted", "asserting"],
        ["reported", "reporting"], ["suggest", "suggests", "suggested", "suggesting"],
        ["remarked"], ["shout", "shouts", "shouted", "shouting"],
        ["scream", "screams", "screamed", "screaming"], ["cried"],
        ["whisper", "whispers", "whispered"], ["exclaim", "exclaims", "exclaimed"],
        ["posted"], ["promised", "promising"],
        ["recommend", "recommends", "recommended", "recommending"], ["urge", "urges", "urged", "urging"],
        ["concede", "concedes", "conceded"], ["confirm", "confirms", "confirmed"],
        ["deny", "denies", "denied"], ["stressed", "stressing"],
        ["emphasise", "emphasised", "emphasize", "emphasized"], ["predict", "predicts", "predicted"],
        ["observe", "observes", "observed"], ["joked"], ["quip", "quips", "quipped"],
        ["boast", "boasts", "boasted"], ["complain", "complains", "complained", "complaining"],
        ["lament", "laments", "lamented"], ["plead", "pleads", "pleaded"], ["demanded"],
        ["wonder", "wonders", "wondered"], ["testify", "testifies", "testified"],
        ["conclude", "concludes", "concluded"], ["read", "reads"], ["cite", "cites", "cited", "citing"],
        ["describe", "describes", "described", "describing"],
        ["characterized", "characterised", "characterizes", "characterises"], ["mention", "mentions", "mentioned"],
        ["reiterate", "reiterates", "reiterated"], ["caution", "cautions", "cautioned"],
        ["countered"], ["maintain", "maintains", "maintained"],
        ["agree", "agrees", "agreed"], ["pledged"], ["vowed"],
        ["chant", "chants", "chanted", "chanting"], ["sang"], ["shrieked"], ["muttered"], ["sighed"],
        ["called", "calling", "calls"], ["according"],
        ["answer", "answers", "answered", "answering"], ["continues"], ["charged"], ["barked"], ["snapped"],
        ["retort", "retorts", "retorted"], ["mock", "mocks", "mocked"], ["confess", "confesses", "confessed"],
        ["assure", "assures", "assured"], ["echoed"], ["fumed"], ["scoffed"],
        ["mused"], ["jokes", "joking"], ["tweets"], ["interjected"], ["jeer", "jeered", "jeering"], ["heckled"],
        ["roared"], ["hollered"], ["blared"], ["opined"], ["surmised"], ["elaborated"], ["proclaimed"],
    ]
}
