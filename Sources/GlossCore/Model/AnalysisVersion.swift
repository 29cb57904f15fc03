/// The version of what `Analyzer` finds. Anything that keeps analysis results (the library
/// index) keeps this number beside them and throws them away when it differs, so whoever
/// changes what the analysis finds for some text (a rule, a word list, a bound) bumps it.
public enum AnalysisVersion {
    // 2: the name tagger
    // 3: scores and one-off are not figures
    // 4: fragments in reported speech stay scare quotes
    // 5: storms, works, vehicles, contractions and brand-shaped words are no people or places
    // 6: nested quotes, more cue verbs, speaker phrases (brackets, scene-setting, participles, a name
    //    before a colon), the impersonal one and heading numbers are no figures
    // 7: a name with a subtitle after a colon is a work; -phobia words are no places; headline speakers;
    //    two-word cues (shot back) before a quote; three-digit years of history (347 AD, in 373,);
    //    the name before `et al.` and an author cited with a year are people; Figure 2 is no name
    // 8: a known name vouches for an -ed/-ing ending beside it; common-word surnames (Green) after a
    //    known first name; a first name then a city is a person; Adviser is a title; city + plural
    //    nickname is a team
    // 9: the office after a title and `of` (Minister of Culture X); surnames in capitals
    // 10: a comma groups thousands only before three digits; section numbers before a heading, more
    //     years of history and compound ordinals are no figures; a province after a first name is a
    //     surname; the North, Earth, North X, the Union and ships after their prefix
    // 11: a title and `of` before a place alone (the Mayor of X); a city after a title is a person;
    //     a city of several words is kept from the tagger
    // 12: a country or state that says something is the place; holidays are common words
    public static let current = 12
}
