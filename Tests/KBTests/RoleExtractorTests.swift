import Testing
@testable import KB

/// Who holds which office where.
@Suite struct RoleExtractorTests {
    func roles(_ text: String) -> [String] {
        let doc = Pipeline().analyze(raw: text, format: .text, source: "test")
        return doc.roles.map { r in "\(doc.entities[r.person].name) / \(r.role) / \(r.organization.map { doc.entities[$0].name } ?? "-")" }
    }

    static let cases: [(text: String, expected: String)] = [
        ("Turkish foreign minister Ahmet Tuncay warned Greece.", "Ahmet Tuncay / foreign minister / Turkey"),
        ("Pavel Orlik, the Czech ambassador to NATO, spoke.", "Pavel Orlik / ambassador / Czech Republic"),
        // Experts and journalists belong to the body they work for, not to the country they cover.
        ("Andes expert Lucia Fontes from the Pacific Policy Institute said the talks failed.", "Lucia Fontes / expert / Pacific Policy Institute"),
        ("Another analyst, Tomas Berg of the Nordic Security Center, disagreed.", "Tomas Berg / analyst / Nordic Security Center"),
        ("The BBC’s Lima correspondent, Ana Ruiz, was detained.", "Ana Ruiz / correspondent / BBC"),
        // A plural title covers every name of its list.
        ("Senators Ana Ortiz, D-Calif., and Lars Holm, R-Ga., wrote.", "Lars Holm / senator / -"),
    ]

    @Test(arguments: cases.indices)
    func finds(_ i: Int) {
        let c = Self.cases[i]
        #expect(roles(c.text).contains(c.expected), "\(c.text): \(roles(c.text))")
    }

    @Test func oneRowPerPersonAndOffice() {
        let found = roles("The Chilean ambassador to Peru, Ana Ortiz, arrived. Ambassador Ortiz spoke.")
        #expect(found.filter { $0.hasPrefix("Ana Ortiz / ambassador") } == ["Ana Ortiz / ambassador / Chile"], "\(found)")
    }
}
