/// Words too common to tell stories apart, in the languages Storyline reads.
public enum StopWords {
    /// Whether `word` (lower-cased) is a stop word.
    public static func contains(_ word: String) -> Bool { words.contains(word) }

    /// Every stop word.
    public static let words: Set<String> = Set(
        """
        a an the and or but if of to in on at by for with from as is are was were be been being it its this that
        these those he she they we you i his her their our your my me him them us not no so than then there here
        what which who whom whose when where why how all any each few more most other some such only own same too
        very can will just should would could may might must shall do does did done has have had having said says
        say also about after before over under again further once into out up down off above below between through
        during while because until against among within without one two new told according last first year years
        mr mrs ms dr
        der die das den dem des ein eine einen einem einer und oder aber ist sind war waren wird werden hat haben
        nicht mit von zu im auf für aus bei nach über vor sich auch als wie dass er sie es wir ihr
        le la les un une des du de et ou mais est sont était ont pas pour par sur dans avec que qui il elle ils
        nous vous ce cette ces au aux se sa son ses leur
        el los las del y pero es son fue ha han por para en con se su sus al lo una unos
        gli di da che è non per con su nel della dei
        os um uma do da dos das em no na não com
        het een maar zijn heeft hebben niet met van voor op aan bij dat
        w z na do że się nie jest są to jak od po za przez dla
        і й в у з що це як від та але він вона вони ми
        и с к что это как от но она они мы был была было
        ve bir bu ile için olarak çok daha gibi
        yang dan di ke dari untuk dengan ini itu tidak akan pada juga dalam adalah
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
