import Testing
@testable import KB

/// Token and sentence texts are made from scalar slices; the UTF-8 they are encoded to must be
/// the text itself, in every width of UTF-8.
@Suite struct StringScalarsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "ASCII", text: "Ministers met in Tallinn."),
        Case(name: "two-byte letters", text: "Zürich, Łódź and São Tomé"),
        Case(name: "three-byte quotation marks", text: "“We will not yield,” she said’s"),
        Case(name: "four-byte emoji", text: "flags 🇺🇦 and 🙂"),
        Case(name: "combining marks", text: "Sa\u{0303}o"),
        Case(name: "empty", text: ""),
    ]

    @Test(arguments: cases) func slicesEncodeToTheirText(_ c: Case) {
        let scalars = Array(c.text.unicodeScalars)
        #expect(String(scalars: scalars[...]) == c.text)
        if scalars.count > 2 {
            let middle = scalars[1..<(scalars.count - 1)]
            #expect(String(scalars: middle) == String(String.UnicodeScalarView(middle)))
        }
    }
}
