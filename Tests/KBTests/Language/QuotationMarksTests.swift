import Testing
@testable import KB

/// The one table of quotation marks: a one-scalar token is a mark with its role, anything else is not.
@Suite struct QuotationMarksTests {
    @Test(arguments: [
        ("\u{201C}", QuotationMarks.Role.opening), ("\u{201D}", .closing), ("\"", .either),
        ("\u{00AB}", .opening), ("\u{00BB}", .closing), ("\u{2039}", .opening), ("\u{203A}", .closing), ("\u{201E}", .opening),
    ] as [(String, QuotationMarks.Role)])
    func marksHaveTheirRole(_ text: String, _ role: QuotationMarks.Role) {
        #expect(QuotationMarks.role(of: text) == role)
        #expect(QuotationMarks.isMark(text))
    }

    @Test(arguments: ["a", "'", "`", "\u{2019}", "\u{2018}", "\u{201C}\u{201C}", "\"a", "", "--"])
    func otherTokensAreNoMarks(_ text: String) {
        #expect(QuotationMarks.role(of: text) == nil)
    }

    @Test func lowNinetyNineIsClosedByEitherUpperMark() {
        #expect(QuotationMarks.closes("\u{201C}", opener: "\u{201E}"))
        #expect(QuotationMarks.closes("\u{201D}", opener: "\u{201E}"))
        #expect(!QuotationMarks.closes("\u{201C}", opener: "\u{201C}"))
    }
}
