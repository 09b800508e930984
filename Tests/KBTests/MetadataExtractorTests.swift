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
