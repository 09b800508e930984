/// The title as the article writes it, and the canonical office it belongs to.
extension RoleExtractor {
    /// The first token of the modifiers right before a title that starts at `st`: words that make
    /// it another office and stay part of it as written (the `office-modifier` class: "vice
    /// foreign minister", "deputy commander", "co-director", "caretaker prime minister").
    func modifiersStart(_ t: [Token], _ st: Int) -> Int {
        var a = st
        while a > 0 {
            if knowledge.is(t, a - 1, .officeModifier) { a -= 1; continue }
            // "co-director": the hyphen joins the modifier to the title
            if t[a - 1].text == "-", a > 1, t[a - 1].joined, knowledge.is(t, a - 2, .officeModifier) { a -= 2; continue }
            break
        }
        return a
    }

    /// The title in [st, end) with its modifiers, lower-cased as written. Abbreviations ("Brig.
    /// Gen.", "PM") and plurals ("Senators") are written as the lexicon's role instead: a stored
    /// role is a title a reader would write out.
    func written(_ t: [Token], _ st: Int, _ end: Int, _ title: Knowledge.Title) -> String {
        let words = t[st..<end]
        var core = title.role
        let abbreviated = words.contains { $0.text.hasSuffix(".") || ($0.text.count > 1 && $0.isAllCaps) }
        if !abbreviated {
            var text = ""
            for k in st..<end {
                if k > st, !t[k].joined { text += " " }
                text += t[k].key
            }
            let last = text.split(separator: " ").last ?? ""
            let plural = text.hasSuffix("s") && !title.role.hasSuffix("s") && last.dropLast() == title.role.split(separator: " ").last ?? ""
            core = plural ? String(text.dropLast()) : text
        }
        let a = modifiersStart(t, st)
        guard a < st else { return core }
        var prefix = ""
        for k in a..<st {
            if k > a, !t[k].joined { prefix += " " }
            prefix += t[k].key
        }
        return prefix + (t[st].joined ? "" : " ") + core
    }
}
