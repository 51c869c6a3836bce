/// Function words and letters of languages written in the Latin script, written from general
/// knowledge of each language (the most frequent articles, pronouns, prepositions, conjunctions and
/// auxiliaries), not learnt from any evaluation set.
extension LanguageProfile {
    static let latin = ScriptProfiles(
        core: Set("abcdefghijklmnopqrstuvwxyz".unicodeScalars),
        profiles: [
            LanguageProfile(
                "en",
                words: """
                    the of and to a in is that for it on with as was he be by at are this from have has had not \
                    but or an they his her she we you i their which will would were been said its who more one \
                    about also there than after can all what when up out new into people if two first over year \
                    years last no so could our some other most them just only us because time these like then \
                    how told since while may should where before many those being any such during between \
                    against both under did do does very him 's 't 're 'll 've 'd 'm
                    """, suffixes: "ing ly ed ness ship ould ough", ngrams: "th wh ght ea ee oo ow aw ay"),
            LanguageProfile(
                "de",
                words: """
                    der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an \
                    werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum \
                    war haben nur oder aber vor zur bis mehr durch man sein wurde sei habe ihre ihr seine wir \
                    ich kann können gegen schon wenn uns unter jetzt sollen soll diese dieser dieses hatte waren \
                    wieder keine kein gibt zwischen seit sowie laut immer etwa bereits dabei sagte jedoch nun \
                    worden denn ob müssen beim heute wegen ohne neue neuer neues neuen weiterhin
                    """,
                letters: "äöü", distinctive: "ß", suffixes: "ung ungen heit keit lich isch schaft chen tz sch",
                ngrams: "sch tz pf cht eu äu ung ei ie"),
            LanguageProfile(
                "fr",
                words: """
                    le la les de des du et à un une en est que qui dans pour pas sur au aux par il elle ils ne \
                    se ce cette son sa ses plus avec sont a été être ont mais ou on nous vous leur leurs comme \
                    tout tous aussi fait dont lors après selon entre sans sous depuis encore très peut avait \
                    était y avant deux bien même ces où quand contre déjà l d qu n c j lui cet autre ainsi alors
                    """,
                letters: "éàâçëîïôùÿæ", distinctive: "œèêû", suffixes: "ait aient ée ées eux euse ité eau ment oir ais",
                ngrams: "eau oi aux eux ill ou qu ai"),
            LanguageProfile(
                "es",
                words: """
                    el la de que y en los las del se por un una con no es para al lo como más pero sus su le ya \
                    o este esta fue ha han son entre sobre también desde todo está están según hasta cuando muy \
                    sin porque ser dos hay donde puede tiene nos era años después durante otro otra ese esa eso \
                    había sido así e ni les hace cual uno estos estas dijo ante tras cada mientras a contra ahora \
                    aunque sino él
                    """,
                letters: "áéíóúü", distinctive: "ñ", suffixes: "ción ciones ado ados ada adas idad ando iendo aron",
                ngrams: "ue ll ión rr dad ño iento"),
            LanguageProfile(
                "it",
                words: """
                    il di che la e a in un per è del della le non una i si con da dei al gli sono lo nel ha \
                    alla anche come più ma delle dal dalla degli nella o ci questo questa essere stato stata suo \
                    sua loro tra fra se perché solo cui ne hanno era molto dopo sul sulla ad agli all l dell \
                    nell tutto tutti ancora quando già dove mentre fino contro sia poi ogni sempre stati quella \
                    quello uno nelle negli ai dai
                    """,
                letters: "àèéù", distinctive: "ìò", suffixes: "zione zioni ati ità ando endo ebbe ono gli zza",
                ngrams: "zz gli gn cc chi che zio zia tt"),
            LanguageProfile(
                "pt",
                words: """
                    o a de que e do da em um uma para com não os as no na por mais dos das se ao como mas foi \
                    ele ela sua seu também já está são pelo pela entre quando muito nos até isso ser tem há \
                    depois sobre sem ou sido anos onde seus suas eles elas num numa essa esse este esta pode \
                    ainda mesmo após segundo disse foram estão aos às pelos pelas
                    """,
                letters: "áâàçéêíóôú", distinctive: "ãõ", suffixes: "ção ções dade ões ndo aram inho",
                ngrams: "ão ões nh lh ção"),
            LanguageProfile(
                "nl",
                words: """
                    de het een en van in is dat op te zijn voor met die niet aan er om als ook door maar bij dan \
                    nog of wordt uit zich over tot naar werd heeft hij zij ze wij we worden kan deze dit al was \
                    meer geen hun haar onder jaar na tegen zo veel moet hebben waren omdat toch wel nu alleen \
                    waar hoe wat wie zou zal
                    """,
                letters: "éëïèóöü", suffixes: "lijk heid tje ijk aal isch", ngrams: "ij oe aa uu ijk"),
            LanguageProfile(
                "pl",
                words: """
                    w i na z się nie do to że jest o jak po od co za ale a dla tym przez oraz jego jej ich są \
                    był była było być może już tak tylko także który która które których jako roku przy pod \
                    czy ze we mu go ten ta tego tej nad bez przed więc lub gdy bardzo też można ma mają będzie \
                    według między został została zostało jednak sobie tych tam teraz
                    """,
                letters: "ó", distinctive: "ąćęłńśźż", suffixes: "ego ych ami ach ów ość nie ski cie",
                ngrams: "cz sz rz prz dz ść wsk"),
            LanguageProfile(
                "tr",
                words: """
                    ve bir bu da de için ile olarak çok daha gibi en ama o ne var olan kadar sonra her şey ya \
                    değil ise ki mi göre ancak tarafından olduğu oldu yeni iki ilk büyük yıl bin şu onun diye \
                    bile hem veya sadece arasında üzerinde karşı tüm kendi yüzde dedi etti olduğunu nasıl \
                    neden şimdi önce ayrıca 'da 'de 'ta 'te 'nin 'nın 'nun 'nün 'in 'ın 'un \
                    'ün 'a 'e 'ya 'ye 'ı 'i 'u 'ü 'yı 'yi 'den 'dan 'ten 'tan 'le 'la 'yle 'yla 'deki 'daki
                    """,
                letters: "çöüâîû", distinctive: "ğış", suffixes: "lar ler ları leri lık lik yor miş dı di"),
            LanguageProfile(
                "id",
                words: """
                    yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada karena oleh sebagai \
                    atau bisa saat telah sudah lebih mereka kami kita kata para adalah tersebut namun hanya \
                    seperti bahwa hingga masih tahun orang setelah harus banyak baru dia ia menjadi antara \
                    secara saya bagi serta tak agar belum jika maka sehingga lalu sangat
                    """, suffixes: "kan nya lah ikan akan", ngrams: "ny kan nga"),
            LanguageProfile(
                "sv",
                words: """
                    och i att det som en på är av för med till den har de inte om ett han hon var sig men från \
                    vi så kan när efter också eller där ska skulle bara nu mot vid sina sin hans hennes detta \
                    denna år under blev blir alla mycket hade dem än jag du
                    """,
                letters: "åäöé", suffixes: "arna erna ningen het lig ade"),
            LanguageProfile(
                "da",
                words: """
                    og i at det som en på er af for med til den har de ikke om et han hun var sig men fra vi så \
                    kan når efter også eller der skal skulle kun nu mod ved sine sin hans hendes dette denne år \
                    under blev bliver alle meget havde dem end jeg du
                    """,
                letters: "åé", distinctive: "æø", suffixes: "hed else erne ede"),
            LanguageProfile(
                "no",
                words: """
                    og i å det som en på er av for med til den har de ikke om et han hun var seg men fra vi så \
                    kan når etter også eller der skal skulle bare nå mot ved sine sin hans hennes dette denne år \
                    under ble blir alle mye hadde dem enn jeg du
                    """,
                letters: "åéòô", distinctive: "æø", suffixes: "ene ende"),
            LanguageProfile(
                "cs",
                words: """
                    a v se na je že s z do o to i k ve pro by jako za ale jsou jeho byl byla bylo být podle \
                    které který která jak po od už také tak při nebo jen než mezi když má mají bude či ze této \
                    tento roce let více jsem jsme však již své svou
                    """,
                letters: "áčďéíňóšťúýž", distinctive: "ěřů", suffixes: "ost ení ých ého ými ová"),
            LanguageProfile(
                "ro",
                words: """
                    și şi în de la a cu pe că care nu din un o se este au mai pentru fost sunt ca al ale lui ei \
                    sau dar după prin acest această fiind acum despre până doar are într foarte între cel cea \
                    cei iar fi va vor am însă
                    """,
                letters: "âîş", distinctive: "ășțţ", suffixes: "ului ilor ție ții ează"),
            LanguageProfile(
                "hu",
                words: """
                    a az és hogy nem is egy meg de van volt csak el ez azt már mint még ki be fel le kell lesz \
                    vagy ha után szerint pedig között majd amely aki ami minden most sem nagy ezt úgy így mert \
                    amikor során
                    """,
                letters: "áéíóöúü", distinctive: "őű", suffixes: "ság ség nak nek ban ben ból ből ott ett"),
            LanguageProfile(
                "fi",
                words: """
                    ja on ei se että oli hän mutta kun myös tai ovat ole joka sen mukaan kuin vain jo nyt siitä \
                    hänen tämä niin sekä jonka mitä olla olisi voi vuonna vielä sitä kanssa jälkeen aikana koska \
                    eikä eli kaikki
                    """,
                letters: "äöå", suffixes: "ssa ssä sta stä lla llä sen nen ksi aan ään ista"),
            LanguageProfile(
                "vi",
                words: """
                    và của là có không được trong cho những người các một với này đã đến từ khi để theo về \
                    cũng như năm sẽ tại nhiều đó vào ra nhưng
                    """,
                letters: "àáâãèéêìíòóôõùúýă",
                distinctive: "đĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"),
        ])
}
