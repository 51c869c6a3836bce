/// Frequent function words in the languages Storyline reads; a run of text with none of them is not a sentence.
enum FunctionWords {
    static let all: Set<String> = {
        var set: Set<String> = []
        for line in lines { for word in line.split(separator: " ") { set.insert(String(word)) } }
        return set
    }()

    private static let lines = [
        // en
        "the a an of to in on at for with by from and or but is are was were be been has have had will would",
        "that this these those it its he she they we you his her their our not as than then there which who",
        "what when where while about into over after before also can could may might should said says",
        // de
        "der die das den dem des ein eine einen einem und oder aber ist sind war waren wird werden hat haben",
        "nicht mit von zu im in auf für aus bei nach über vor sich auch als wie dass er sie es wir",
        // fr
        "le la les un une des du de et ou mais est sont était a ont pas pour par sur dans avec que qui il elle",
        "ils nous vous ce cette ces au aux se sa son ses leur",
        // es / it / pt
        "el los las del y o pero es son fue ha han no por para en con que se su sus al lo una unos",
        "il lo gli di da che è non per con su nel della dei e",
        "o os as um uma do da dos das em no na não com que se",
        // nl
        "het een en of maar is zijn was heeft hebben niet met van voor op aan bij dat die",
        // pl
        "i w z na do że się nie jest są to jak od po za o przez dla",
        // uk / ru
        "і й в у з на до що не це як від по за та а але він вона вони ми",
        "и в с на к что не это как от по за а но он она они мы был была было",
        // tr / id
        "ve bir bu da de ile için olarak çok daha gibi",
        "yang dan di ke dari untuk dengan ini itu tidak akan pada juga dalam adalah",
    ]
}
