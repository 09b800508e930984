import Testing
@testable import KB

@Suite struct MetadataExtractorTests {
    static let cases: [(String, String?, String?, String?)] = [
        ("Kerry Says Peace Near\n\nBy Jane Roe\n\nKerry spoke on March 3, 2016 in Geneva.", "Kerry Says Peace Near", "Jane Roe", "2016-03-03"),
        ("The talks failed today.\n\nNobody came.\n\nMaria Lopez is a senior fellow at the Example Institute.", nil, "Maria Lopez", nil),
        ("A long first sentence that is clearly not a headline at all, ending with a stop.\n\nMore.", nil, nil, nil),
        ("By Jane Roe\n\nKerry spoke in Geneva.", nil, "Jane Roe", nil),  // a byline first is no headline
    ]

    @Test(arguments: cases)
    func metadata(_ text: String, _ title: String?, _ author: String?, _ date: String?) {
        var doc = AnalyzedDocument(source: "t", format: .text, text: text)
        MetadataExtractor.run(&doc)
        #expect(doc.title == title)
        #expect(doc.author == author)
        #expect(doc.published == date)
    }

    static let sentenceDates: [(String, String?)] = [
        ("On June 9, 2010, the Council passed Resolution 1929.", "2010-06-09"),
        ("The talks ended on 3 March 2021 in Geneva.", "2021-03-03"),
        ("The 2010 Military Doctrine names no date.", nil),
        ("The deadline was 2024-11-05.", "2024-11-05"),
    ]

    @Test(arguments: sentenceDates.indices)
    func sentencesGiveTheirOwnDates(_ i: Int) {
        let (text, date) = Self.sentenceDates[i]
        let doc = Pipeline().analyze(raw: "Intro line that is long enough to be a sentence, not a headline.\n\n" + text, format: .text, source: "t")
        #expect(doc.sentences.last?.date == date, "\(text)")
    }
}

/// The paragraphs metadata is read from are those `split(separator: "\n\n")` gives.
@Suite struct OuterParagraphsTests {
    @Test(arguments: [
        "One paragraph only.",
        "Title\n\nBody one.\n\nBody two.",
        "a\n\n\nb",
        "a\n\n\n\nb\n\nc",
        "h\n\np1\n\np2\n\np3\n\np4\n\np5\n\nlast line",
        "ends with a blank line\n\n",
        "\n\nstarts with one",
        "",
    ])
    func matchSplittingAtBlankLines(_ text: String) {
        let all = text.split(separator: "\n\n", omittingEmptySubsequences: false).map(String.init)
        let (first, last) = MetadataExtractor.outerParagraphs(text)
        #expect(first == Array(all.prefix(4)))
        #expect(last == (all.count > 1 ? all.last : nil))
    }
}

/// Dates need a four-digit year; a paragraph without one is not searched further.
@Suite struct DateYearTests {
    @Test(arguments: [
        ("Talks resumed on March 3, 2021 in Quito.", "2021-03-03"),
        ("Published 2019-11-05.", "2019-11-05"),
        ("On 14 July 1999 the accord was signed.", "1999-07-14"),
        ("Talks resumed on March 3 in Quito.", nil),
        ("Flight 212 left at 10:45.", nil),
    ] as [(String, String?)])
    func yearsGateTheSearch(_ text: String, _ date: String?) {
        #expect(MetadataExtractor.date(in: text) == date)
        #expect(MetadataExtractor.hasFourDigits(text) == (date != nil))
    }
}

/// The expressions run only where what they spell literally stands (a byline's opening, a hyphen,
/// a month's name); the answers are those of the expressions alone.
@Suite struct MetadataPrefilterTests {
    static let bylines: [(name: String, paragraph: String, author: String?)] = [
        ("By", "By Amara Okafor", "Amara Okafor"),
        ("BY", "BY Lars Holm", "Lars Holm"),
        ("Written by", "Written by Ines Duarte Silva", "Ines Duarte Silva"),
        ("Author:", "Author: Kenji Watanabe", "Kenji Watanabe"),
        ("lower case is no byline", "by Amara Okafor", nil),
        ("not at the start", "Reported By Amara Okafor", nil),
        ("a word that starts like one", "Bystanders saw Amara Okafor", nil),
    ]

    @Test(arguments: bylines.indices)
    func bylinesAreReadAsTheExpressionReadsThem(_ i: Int) {
        let c = Self.bylines[i]
        #expect(MetadataExtractor.byline(in: c.paragraph) == c.author, "\(c.name)")
        #expect(MetadataExtractor.first(MetadataExtractor.byline, in: c.paragraph) == c.author, "\(c.name)")
    }

    static let dates: [(name: String, text: String, date: String?)] = [
        ("ISO, no month name", "Filed 2023-08-14 in Accra.", "2023-08-14"),
        ("month first", "Signed in Nairobi on September 30, 2022.", "2022-09-30"),
        ("day first", "Signed in Hanoi on 2 May 2018.", "2018-05-02"),
        ("a year and a lower-case month", "In 2019 the may fly season began.", nil),
        ("a year and a hyphen, no date", "The 2019 cease-fire held.", nil),
    ]

    @Test(arguments: dates.indices)
    func datesNeedWhatTheirExpressionSpells(_ i: Int) {
        let c = Self.dates[i]
        #expect(MetadataExtractor.date(in: c.text) == c.date, "\(c.name)")
    }

    @Test func monthNamesAreFoundAnywhere() {
        #expect(MetadataExtractor.hasMonthName("talks in December"))
        #expect(MetadataExtractor.hasMonthName("Junewas"))
        #expect(!MetadataExtractor.hasMonthName("june, july"))
        #expect(!MetadataExtractor.hasMonthName(""))
    }
}

/// The hyphen an ISO date needs after its year: found after an ASCII digit, and after anything
/// not ASCII (the expression's digits include other scripts').
@Suite struct HyphenAfterDigitTests {
    @Test(arguments: [
        ("2023-08-14", true), ("cease-fire in 2019", false), ("S-400", false), ("400-mile", true),
        ("\u{0662}\u{0660}\u{0662}\u{0663}-08-14", true), ("-5 degrees", false), ("", false),
    ] as [(String, Bool)])
    func hyphensAfterDigits(_ text: String, _ expected: Bool) {
        #expect(MetadataExtractor.hasHyphenAfterDigit(text) == expected, "\(text)")
    }
}
