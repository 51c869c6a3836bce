import StorylineCore

/// An invented three-source story (a port strike) with the features analysis must find: a
/// paraphrased lead, one quote in three wordings, a disputed date, an acronym expanded two ways,
/// a disputed count and a section only one source carries.
public enum HarborStoryFixture {
    public static let reference = PublicationDate(year: 2023, month: 3, day: 9)!

    public static let wire = Article(
        id: "wire", source: "wire.txt", title: "Dock workers strike at Port Avalon", outlet: "Wire",
        published: PublicationDate(year: 2023, month: 3, day: 8), language: "en",
        text: """
            Dock workers at Port Avalon will not back down in their pay dispute and will keep the terminals closed, union leader Maria Kessler said on Tuesday.
            "We will stay out as long as it takes to win a fair wage for every worker on these docks," Kessler said during a rally with the Coastal Workers Federation on March 6.
            The strike, called by the Harbor Labour Alliance (HLA), has stopped 40 container ships in the bay.
            Port director Tomas Reyes said the company had offered a raise of 5 percent.
            """, original: "")

    public static let daily = Article(
        id: "daily", source: "daily.txt", title: "Avalon strike: union vows to hold out", outlet: "Daily",
        published: PublicationDate(year: 2023, month: 3, day: 9), language: "en",
        text: """
            The dock workers of Port Avalon will not be intimidated in the pay dispute and will keep the terminals shut, union leader Maria Kessler said.
            “We will stay out as long as it takes to win a fair wage for every worker,” she told a rally of the Coastal Workers Federation on Monday.
            The strike, organised by the Harbour Labour Association (HLA), has stopped 40 container ships in the bay.
            Port director Tomas Reyes said the company had offered a raise of 5 percent.

            Fishing boats

            Fishermen in the bay said their catch was rotting on the quays because the cold stores are closed.
            """, original: "")

    public static let gazette = Article(
        id: "gazette", source: "gazette.txt", title: "Port Avalon strike continues", outlet: "Gazette",
        published: nil, language: "en",
        text: """
            Dock workers at Port Avalon will not back down in their dispute over pay, Maria Kessler, the union leader, said.
            "We will do whatever it takes to win a fair wage," Kessler told the rally on March 6.
            The strike has stopped 45 container ships in the bay, the Harbor Labour Alliance (HLA) said.
            """, original: "")

    public static var articles: [Article] { [wire, daily, gazette] }
}
