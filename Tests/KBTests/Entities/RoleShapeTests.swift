import Testing
@testable import KB

/// Roles as the text writes them, with their canonical class (issue 13), each example an article
/// of its own: "person / role as written / role class / organisation".
@Suite struct RoleShapeTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var text: String
        var expected: [String] = []
        var absent: [String] = []
        var testDescription: String { id }
    }

    static func roles(_ text: String) -> [String] {
        let doc = Pipeline().analyze(raw: text, format: .text, source: "test")
        return doc.roles.map { r in
            "\(doc.entities[r.person].name) / \(r.written.isEmpty ? r.role : r.written) / \(r.role) / \(r.organization.map { doc.entities[$0].name } ?? "-")"
        }
    }

    static let cases: [Case] = [
        // titles as written, with their modifiers
        Case(id: "written-defence-secretary", text: "Canadian Defence Secretary Marc Tremblay arrived.", expected: ["Marc Tremblay / defence secretary / defense minister / Canada"]),
        Case(id: "written-premier", text: "Latvian Premier Ilze Berzina resigned.", expected: ["Ilze Berzina / premier / prime minister / Latvia"]),
        Case(id: "written-congressman", text: "Congressman Ted Halvorsen objected.", expected: ["Ted Halvorsen / congressman / legislator / -"]),
        Case(id: "written-deputy-commander", text: "Brig. Gen. Otieno Kamau, the deputy commander of the Kenya Defence Forces, spoke.",
             expected: ["Otieno Kamau / deputy commander / commander / Kenya Defence Forces", "Otieno Kamau / brigadier general / brigadier general / -"]),
        Case(id: "written-vice-foreign-minister", text: "Vice Foreign Minister Lee Min-ho left Seoul.", expected: ["Lee Min-ho / vice foreign minister / foreign minister / -"]),
        Case(id: "written-co-director", text: "Ivan Petrov, the co-director of the Baltic Policy Institute, said so.",
             expected: ["Ivan Petrov / co-director / director / Baltic Policy Institute"]),
        Case(id: "written-plural", text: "Senators Ana Ortiz and Lars Holm wrote.", expected: ["Ana Ortiz / senator / senator / -", "Lars Holm / senator / senator / -"]),
        Case(id: "written-plural-abbreviation", text: "U.S. Sens. Ana Ortiz (D-OR) and Lars Holm (R-ME) wrote to the Treasury.",
             expected: ["Ana Ortiz / senator / senator / United States", "Lars Holm / senator / senator / United States"]),
        // titles the lexicon lacked
        Case(id: "lacking-solicitor-general", text: "Solicitor General Dana Whitfield appealed.", expected: ["Dana Whitfield / solicitor general / solicitor general / -"]),
        Case(id: "lacking-chief-cabinet-secretary", text: "Chief Cabinet Secretary Kenji Morimoto spoke.", expected: ["Kenji Morimoto / chief cabinet secretary / chief cabinet secretary / -"]),
        Case(id: "lacking-general-secretary", text: "General Secretary Tran Van Minh visited Laos.", expected: ["Tran Van Minh / general secretary / general secretary / -"]),
        Case(id: "lacking-advisor", text: "Erik Sand, his National Security Advisor, left.", expected: ["Erik Sand / national security advisor / national security adviser / -"]),
        Case(id: "lacking-founder", text: "Mia Kovac, the founder of the Adriatic Forum, spoke.", expected: ["Mia Kovac / founder / founder / Adriatic Forum"]),
        Case(id: "lacking-secretary-not-of-state", text: "Secretary Ana Brandt met the press.", expected: ["Ana Brandt / secretary / secretary / -"],
             absent: ["Ana Brandt / secretary of state / secretary of state / -"]),
        // shapes
        Case(id: "shape-of-country-after-name", text: "Prime Minister Kaja Lind of Estonia spoke.", expected: ["Kaja Lind / prime minister / prime minister / Estonia"]),
        Case(id: "shape-rank-between", text: "The head of the Polish army's missile program, Col. Jan Nowicki, said so.",
             expected: ["Jan Nowicki / head / head / Poland", "Jan Nowicki / colonel / colonel / -"]),
        Case(id: "shape-nearest-title", text: "President Ruto's top Africa policy adviser, Amina Odhiambo, spoke.",
             expected: ["Amina Odhiambo / adviser / adviser / -"], absent: ["Amina Odhiambo / president / president / -"]),
        Case(id: "shape-body-between-title-and-name", text: "Peruvian Ambassador to the United Nations Rosa Quispe spoke after the vote.",
             expected: ["Rosa Quispe / ambassador / ambassador / Peru"]),
        Case(id: "shape-state-between-title-and-name", text: "Kenyan Ambassador to Ethiopia Amina Odhiambo left Addis Ababa.",
             expected: ["Amina Odhiambo / ambassador / ambassador / Kenya"]),
        Case(id: "shape-coordinated-titles-share-state", text: "Ghana's President Kofi Mensah and Foreign Minister Ama Owusu arrived.",
             expected: ["Kofi Mensah / president / president / Ghana", "Ama Owusu / foreign minister / foreign minister / Ghana"]),
        Case(id: "shape-coordinated-titles-own-state", text: "Ghana's President Kofi Mensah and Togo's Foreign Minister Ama Owusu arrived.",
             expected: ["Ama Owusu / foreign minister / foreign minister / Togo"], absent: ["Ama Owusu / foreign minister / foreign minister / Ghana"]),
        Case(id: "shape-alias-with-title", text: "Chinese Chairman Mao Zedong waved.", expected: ["Mao Zedong / chairman / chairman / China"]),
        // no wrong roles
        Case(id: "none-party", text: "Republicans in the Senate, led by Senator Tom Reyes, objected.", absent: ["Republicans / senator / senator / -"]),
        Case(id: "none-sentence-initial", text: "Separately, the prime minister resigned.", expected: []),
    ]

    @Test(arguments: cases)
    func roleShape(_ c: Case) {
        let found = Self.roles(c.text)
        for e in c.expected { #expect(found.contains(e), "\(c.id): \(e) not in \(found)") }
        for a in c.absent { #expect(!found.contains(a), "\(c.id): \(a) in \(found)") }
        if c.id == "none-sentence-initial" { #expect(found.isEmpty, "\(found)") }
    }
}
