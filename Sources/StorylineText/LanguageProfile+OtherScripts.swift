/// Function words and letters of the languages that share the Cyrillic and the Arabic script.
extension LanguageProfile {
    static let cyrillic = ScriptProfiles(
        core: Set("абвгдежзийклмнопрстуфхцчшщьюя".unicodeScalars),
        profiles: [
            LanguageProfile(
                "ru",
                words: """
                    и в не на что с по он как это к из но у за от о его она так же для мы все они то был была \
                    было были бы ее её или уже только при когда чтобы также этого этом который которые которая \
                    может года году время если после более еще ещё до без нет есть этот эти того будет сказал \
                    их том во со ко об
                    """,
                letters: "ъ", distinctive: "ыэё", suffixes: "ого ый ых ые ая ться ется"),
            LanguageProfile(
                "uk",
                words: """
                    і в не на що з по він як це до у та й від за його вона так же для ми всі вони то був була \
                    було були б її або вже тільки при коли щоб також цього цьому який які яка може року час \
                    якщо після більш ще без немає є цей ці того буде сказав але про через із їх
                    """,
                distinctive: "іїєґ", suffixes: "ння ться ися ість"),
            LanguageProfile(
                "bg",
                words: """
                    и в на не да се за от че с е по са като това той тя те но си ще които който която бъде има \
                    бяха беше може след още при също така много когато или ако между до без във със
                    """,
                letters: "ъ", suffixes: "ите ият ът ата ото"),
            LanguageProfile(
                "be",
                words: """
                    і ў на не што з па ён як гэта да у та й ад за яго яна так жа для мы ўсе яны быў была было \
                    былі б або ўжо толькі пры калі каб таксама
                    """,
                letters: "іёыэ", distinctive: "ў"),
            LanguageProfile(
                "sr",
                words: """
                    и у на је да се за од са не су као то а из по што ће били био била до или али све о када \
                    према током
                    """,
                letters: "јљњџ", distinctive: "ђћ"),
            LanguageProfile(
                "mk",
                words: "и во на се да за од со не е ги што а кој која до или но по како ќе беше биле",
                letters: "јљњџ", distinctive: "ѓќѕ"),
            LanguageProfile(
                "kk",
                words: "және бұл да де мен үшін бір осы деп болып еді сол ол біз оның",
                letters: "іёыэъ", distinctive: "әғқңөұүһ"),
        ])

    /// Arabic core: the letters of the Arabic alphabet that Persian and Urdu share, with hamza forms.
    static let arabic = ScriptProfiles(
        core: Set(
            "ءآأؤإئابتثجحخدذرزسشصضطظعغفقلمنهو".unicodeScalars),
        profiles: [
            LanguageProfile(
                "ar",
                words: """
                    في من على أن إلى التي الذي عن مع هذا هذه كان قد لا ما و أو بين بعد كل قال إن ذلك حيث عند \
                    أي لم لن هو هي كما وقد ثم إلا الى ان او غير منذ خلال ضد تم وفي
                    """,
                letters: "ك", distinctive: "ةيى"),
            LanguageProfile(
                "fa",
                words: """
                    و در به از که این را با است برای آن یک خود تا می شد های بر هم نیز اما یا شده کرد کند دارد \
                    بود ای پس هر نه
                    """,
                letters: "ی", distinctive: "پچژگک"),
            LanguageProfile(
                "ur",
                words: "کے میں کی ہے اور سے کو نے پر کا یہ ہیں تھا گیا کہ ایک بھی تو ہو وہ",
                letters: "پچژگکیھ", distinctive: "ٹڈڑںےہ"),
        ])
}
