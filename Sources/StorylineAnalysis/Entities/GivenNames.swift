/// A compact list of common given names from many languages: a capitalised run that starts with one
/// is most likely a person ("Maria Lopez", "Wei Zhang", "Olena Shevchenko").
enum GivenNames {
    static func contains(_ folded: String) -> Bool { names.contains(folded) }

    static let names: Set<String> = Set(
        """
        aaron abdul abdullah abraham adam adrian ahmad ahmed aisha alan albert alberto alejandro aleksandr
        aleksandra alex alexander alexandra alexei alexis ali alice alicia alison amanda amir amy ana andrea
        andreas andrei andrew andrzej andriy angela angelo anna anne annalena anthony antonio antony arjun
        arthur ashley barack barbara ben benjamin bernard bernie beth bill bob bogdan boris brandon brian bruce
        bruno carl carla carlos carmen carol caroline catherine charles charlotte chen chris christian
        christina christine christopher claire claudia daniel daniela david deborah denis dennis diana diego
        dmitri dmitry dmytro donald dong dorothy edward elena elizabeth ellen emily emma emmanuel eric erik
        eva fatima felipe fernando francesca francis francisco frank franz friedrich gabriel george georgia
        gerhard giorgia giovanni giuseppe gordon greg gregory hannah hans harry hassan heather heinz helen
        helmut henry hiroshi hugo hussein ian igor ilya irina isabel isabella ivan jack jacob jacques james
        jan jane janet jason javier jean jeff jeffrey jennifer jens jessica jill jim jimmy joan joao joão joe johann
        john jonathan jorge jose joseph joshua juan judith julia julian julie justin kamala karen karl kate
        katarzyna katherine kathleen keir ken kenji kevin kim klaus kristina kurt larry laura lech leon li
        liam linda lisa liu lorenzo louis lucas luis luiz lula lyudmila maciej magdalena mahmoud manuel
        marco marcus margaret maria marie marine mario mark marta martin mary matteo matthew maxim mehmet
        melissa michael michel michelle miguel mikhail mohamed mohammad mohammed muhammad nadia nancy naomi
        narendra natalia natalie nathan nicholas nicola nicolas nikolai nina nora olaf olena oleksandr
        oleksiy olga oliver olivia omar oscar pablo paolo patricia patrick paul pavel pedro peter petr petro
        philip philippe pierre piotr rachel rafael rahul raj ramon rebecca recep richard rishi robert roberto
        roman ronald rosa ruth ryan sabine sadiq sahra salman samuel sandra sarah sean sebastian sergei
        sergey serhiy sophie stefan stephanie stephen steve steven susan svetlana takeshi tatiana tatyana
        teresa thomas tim timothy tom tomas tomás tony ursula valentina valerie vasyl victor viktor vincent vladimir
        volodymyr walter wang wei william wolfgang xi yan yang yasmin yoshihide yuki yulia yuri yusuf zhang
        zoran
        """.split(whereSeparator: \.isWhitespace).map(String.init))
}
