import Foundation

/// Countries, capitals, major cities and regions of the world, lowercase; a compact gazetteer for
/// telling places from other names. Multi-word entries are matched on the whole folded name.
enum PlaceGazetteer {
    static func contains(_ foldedName: String) -> Bool {
        places.contains(foldedName) || places.contains(foldedName.replacingOccurrences(of: ".", with: ""))
    }

    static let places: Set<String> = Set(
        """
        afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan|bahamas|
        bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia|bosnia and herzegovina|
        botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|cape verde|chad|chile|
        china|colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti|
        dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland|
        france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guyana|haiti|honduras|
        hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|
        kazakhstan|kenya|kiribati|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|
        liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania|
        mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nauru|nepal|
        netherlands|the netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|
        oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|
        qatar|romania|russia|rwanda|samoa|san marino|saudi arabia|senegal|serbia|seychelles|sierra leone|
        singapore|slovakia|slovenia|somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|
        suriname|sweden|switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tonga|trinidad|tunisia|
        turkey|turkiye|turkmenistan|tuvalu|uganda|ukraine|united arab emirates|uae|united kingdom|uk|britain|
        great britain|england|scotland|wales|northern ireland|united states|us|usa|america|uruguay|
        uzbekistan|vanuatu|vatican|venezuela|vietnam|yemen|zambia|zimbabwe|
        kabul|tirana|algiers|luanda|buenos aires|yerevan|canberra|vienna|baku|manama|dhaka|minsk|brussels|
        sarajevo|brasilia|sofia|phnom penh|ottawa|santiago|beijing|bogota|havana|nicosia|prague|copenhagen|
        cairo|tallinn|addis ababa|helsinki|paris|tbilisi|berlin|accra|athens|budapest|reykjavik|new delhi|
        delhi|jakarta|tehran|baghdad|dublin|jerusalem|tel aviv|rome|tokyo|amman|astana|nairobi|pristina|
        kuwait city|bishkek|riga|beirut|tripoli|vilnius|kuala lumpur|valletta|mexico city|chisinau|ulaanbaatar|
        podgorica|rabat|maputo|windhoek|kathmandu|amsterdam|the hague|wellington|managua|abuja|lagos|
        pyongyang|skopje|oslo|muscat|islamabad|karachi|lahore|panama city|asuncion|lima|manila|warsaw|lisbon|
        doha|bucharest|moscow|kigali|riyadh|dakar|belgrade|freetown|bratislava|ljubljana|mogadishu|pretoria|
        johannesburg|cape town|seoul|juba|madrid|colombo|khartoum|stockholm|bern|geneva|zurich|damascus|taipei|
        dushanbe|dodoma|bangkok|tunis|ankara|istanbul|ashgabat|kampala|kyiv|kiev|abu dhabi|dubai|london|
        washington|washington dc|montevideo|tashkent|caracas|hanoi|ho chi minh city|sanaa|lusaka|harare|
        new york|new york city|los angeles|chicago|houston|san francisco|boston|miami|seattle|toronto|
        montreal|vancouver|sydney|melbourne|shanghai|hong kong|shenzhen|guangzhou|mumbai|bangalore|kolkata|
        chennai|osaka|kyoto|munich|hamburg|frankfurt|cologne|milan|naples|barcelona|marseille|lyon|
        st petersburg|saint petersburg|odesa|odessa|kharkiv|lviv|dnipro|donetsk|luhansk|crimea|donbas|gaza|
        west bank|kinshasa|casablanca|alexandria|rio de janeiro|sao paulo|bogotá|são paulo|
        europe|asia|africa|north america|south america|latin america|middle east|oceania|antarctica|arctic|
        balkans|caucasus|central asia|southeast asia|east asia|south asia|scandinavia|siberia|sahel|
        eastern europe|western europe|central europe|baltic|baltics|black sea|mediterranean|red sea|
        pacific|atlantic|indian ocean|persian gulf|gulf|kosovo|northern europe|southern europe
        """.split(separator: "|").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty })
}
