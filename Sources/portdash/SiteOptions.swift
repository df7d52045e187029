import ArgumentParser

/// Options shared by the commands that build the site.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder to publish the site into (default: from the config, else output).")
    var output: String?

    @Option(help: "Theme name (a folder under themes/) or path to a theme folder (default: from the config, else default).")
    var theme: String?

    @Option(help: "Config file (default: portdash.json in the working folder, if present).")
    var config: String?

    @Flag(help: "Print only warnings and errors.")
    var quiet = false
}
