import Foundation

/// The files of a new site (`briefing init DIR`): settings with both taxonomies, every ISO 3166-1 country,
/// one example alliance and one example article. The site builds as it is, with the built-in theme.
public enum SiteScaffold {
    /// The example alliance's id; the example article links to it.
    public static let exampleAllianceID = "turkey-azerbaijan-shusha"
    public static let exampleArticleSlug = "welcome"

    public static func files(title: String = "My briefing", today: BriefingDate) -> [ScaffoldFile] {
        [
            ScaffoldFile(path: "Content/site.yml", text: siteYML(title: title)),
            ScaffoldFile(path: "Content/countries.yml", text: countriesYML()),
            ScaffoldFile(path: "Content/alliances/\(exampleAllianceID).yml", text: exampleAlliance),
            ScaffoldFile(path: "Content/articles/\(exampleArticleSlug).md", text: exampleArticle(today: today)),
            ScaffoldFile(path: "Content/assets/.gitkeep", text: ""),
            ScaffoldFile(path: ".gitignore", text: "Output/\n"),
        ]
    }

    /// Creates the site in `folder`, which must be missing or empty; returns the paths written, relative to it.
    @discardableResult
    public static func create(at folder: String, title: String = "My briefing", today: BriefingDate) throws(ConfigurationError) -> [String] {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw ConfigurationError("refusing to create a site at '\(folder)': it is a file, not a folder")
            }
            let entries = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw ConfigurationError("refusing to create a site in '\(folder)': the folder is not empty; choose a new or empty folder")
            }
        }
        let files = files(title: title, today: today)
        for file in files { try file.write(into: folder) }
        return files.map(\.path)
    }

    static func siteYML(title: String) -> String {
        """
        # Settings of the briefing. Every field but 'title' is optional.
        title: \(YAMLText.quoted(title))
        description: A briefing on security alliances in foreign relations.
        language: en
        # base_url: https://example.org/briefing/   # absolute URL the site is published at (feed, sitemap)
        # Until base_url is set, the feed and sitemap use relative links; this keeps `briefing build --strict`
        # quiet about it. Delete these two lines when you set base_url.
        diagnostics:
          missing-base-url: off

        # The two controlled vocabularies: articles and alliances name their ids in 'impacts:' and 'roles:'.
        taxonomies:
          impacts:
            national-security:
              title: National security
              description: Protection of a state's territory and forces, including arms supply, military aid and deterrence.
            counter-terrorism:
              title: Counter-terrorism
              description: Cooperation against armed non-state groups.
            diplomatic-support:
              title: Diplomatic support
              description: Backing from allies in international forums, bilateral diplomacy and crises.
            economic-benefits:
              title: Economic benefits
              description: Investment, industrial work, jobs and technology transfer that accompany defence cooperation.
          roles:
            intelligence-sharing:
              title: Intelligence sharing
              description: Allies exchange information on threats, armed groups and regional developments.
            military-cooperation:
              title: Military cooperation
              description: Standing links between armed forces, from staff talks to joint commands.
            arms-supply:
              title: Arms supply
              description: One partner sells or transfers weapons systems and equipment to another.
            joint-exercises:
              title: Joint exercises
              description: Forces train together in planned exercises to practise operating side by side.
            diplomatic-coordination:
              title: Diplomatic coordination
              description: Partners align positions and act together in international organisations and negotiations.
            mutual-defence:
              title: Mutual defence
              description: A commitment that an attack on one party is treated as an attack on the others.

        """
    }

    static func countriesYML() -> String {
        var text = """
            # ISO 3166-1 alpha-2 code -> English short name and region; every code ISO 3166-1 assigns.
            # Alliances list their members and articles their countries by these codes.
            # Rename or regroup freely: the region only groups the countries page.

            """
        for region in ISOCountries.regions {
            text += "\n# \(region)\n"
            for country in ISOCountries.all where country.region == region {
                text += "\"\(country.code)\": {name: \(YAMLText.quoted(country.name)), region: \(YAMLText.quoted(country.region))}\n"
            }
        }
        return text
    }

    static let exampleAlliance = """
        # An example alliance: the file name is its id. Edit it or delete it.
        name: Shusha Declaration on Allied Relations between Türkiye and Azerbaijan
        short_name: Shusha Declaration
        kind: bilateral
        members: ["TR", "AZ"]
        established: 2021-06-15
        status: active
        roles: [mutual-defence, diplomatic-coordination]
        impacts: [national-security, diplomatic-support]
        summary: >-
          A declaration on allied relations signed by Türkiye and Azerbaijan on 15 June 2021.
          It formalises the two states' alliance and includes a mutual-assistance clause.
        sources:
          - title: "Shusha Declaration on Allied Relations between the Republic of Azerbaijan and the Republic of Turkey (full text, Trend News Agency, 16 June 2021)"
            url: https://en.trend.az/azerbaijan/politics/3440856.html

        """

    static func exampleArticle(today: BriefingDate) -> String {
        """
        ---
        title: Welcome to your briefing
        date: \(today.iso)
        summary: An example article showing front matter and cross-links; edit it or delete it.
        alliances: [\(exampleAllianceID)]
        countries: ["TR", "AZ"]
        impacts: [national-security]
        roles: [mutual-defence]
        ---
        This is an example article. Articles are Markdown files in `Content/articles/`; the file name
        is the article's address unless the front matter sets `slug`.

        ## Cross-links

        Links to the briefing's own data are checked when the site is built. This article links to
        the [Shusha Declaration](alliance:\(exampleAllianceID)) between [Türkiye](country:TR) and
        [Azerbaijan](country:AZ), to the impact [national security](impact:national-security) and to
        the role [mutual defence](role:mutual-defence). A link to something that does not exist is
        an error with a suggestion.

        ## Next steps

        - `briefing serve` shows the site at <http://127.0.0.1:8080/> and reloads it as you edit.
        - `briefing new article "Title"` starts an article; `briefing new alliance <id>` an alliance.
        - `briefing build` writes the site into `Output/`.

        """
    }
}
