namespace Site.Scaffolding;

/// <summary>The files of a new site (<c>site new</c>): settings, a glossary, one transcript, and a Pages workflow.</summary>
public static class SiteTemplate
{
    /// <summary>Each file as its path relative to the site folder (with <c>/</c>) and its text.</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string packageId) =>
    [
        ("input/site.yml", SiteSettings),
        ("input/glossary.yml", Glossary),
        ("input/transcripts/first-episode.txt", Transcript),
        ("theme/README.md", ThemeReadme),
        (".gitignore", GitIgnore),
        (".github/workflows/pages.yml", PagesWorkflow.Replace("{PACKAGE}", packageId, StringComparison.Ordinal)),
    ];

    private const string SiteSettings = """
        # Site settings. Every key is optional.
        title: My Podcast
        description: Transcripts of my podcast, with a page per episode, section and speaker.
        # The language of the pages (en, zh-CN, ...): the words of the theme and the search index follow it.
        language: en
        author: Your Name
        # Where the site is published; its path is the base path of every link. The GitHub Pages workflow
        # (.github/workflows/pages.yml) gives it with --base-url, so this is only needed to publish elsewhere.
        # baseUrl: https://owner.github.io/my-podcast/
        # How often a glossary term is linked in the text: first-per-turn, first-per-page or every.
        termLinks: first-per-turn

        """;

    private const string Glossary = """
        # The glossary: one entry per term. The id is the term's URL (/glossary/<id>/); the aliases are the words
        # linked to it wherever they appear in a transcript. zh and en are the term's names in the site's two
        # languages (give the same name twice for a one-language site).
        - id: static-site
          zh: Static site
          en: Static site
          aliases: [static site, static sites]
          short: A website made of files written once, served as they are.
          definition: |
            A **static site** is built ahead of time into plain HTML, CSS and JavaScript files. Any web server or
            hosting service (GitHub Pages, for one) can serve it; nothing runs on the server when a page is read.
          related: [transcript]

        - id: transcript
          zh: Transcript
          en: Transcript
          aliases: [transcript, transcripts]
          short: The written record of what was said, turn by turn.
          definition: |
            A **transcript** records a conversation as turns: who spoke, and what they said.
          related: [static-site]

        """;

    private const string Transcript = """
        ---
        title: "Episode 1: Why we publish transcripts"
        date: 2025-01-15
        # The recording, played beside the text: pressing a turn's time plays from there.
        # media: https://example.org/episodes/episode-1.mp3
        speakers:
          - name: Alex Rivera
            role: Host
            bio: Host of the podcast.
          - name: Sam Chen
            aliases: [Sam]
            bio: Writes about the web.
        ---
        Episode 1: Why we publish transcripts

        Alex and Sam talk about putting a podcast's words on the web. The times in brackets are optional; with them,
        each turn links to its moment in the recording, and the site also offers the transcript as WebVTT, SRT and
        podcast JSON. WebVTT, SRT and Podcasting 2.0 JSON files work here as they are.

        ## Welcome

        [00:00:04] Alex Rivera: Welcome to the first episode. Today Sam joins me to talk about transcripts.

        [00:00:11] Sam: Thanks for having me, Alex.

        ## Why a static site

        [00:00:15] Alex Rivera: Why publish a transcript as a static site rather than in a blog post?

        [00:00:21] Sam: A static site gives every section and every speaker a page of its own, and it can be searched.

        It also costs nothing to host.

        """;

    private const string ThemeReadme = """
        # Theme overrides

        The site uses the theme built into the tool. A file placed in this folder at the same path as a file of
        the built-in theme replaces it; every other file still comes from the built-in theme. For example,
        `theme/partials/footer.html` replaces the footer and `theme/assets/css/site.css` the style sheet.
        The theme folders are `layouts/`, `partials/`, `strings/` and `assets/`.

        """;

    private const string GitIgnore = """
        # Written by `site build`; published by the workflow, not committed.
        output/

        """;

    private const string PagesWorkflow = """
        # Builds the site strictly (a broken link fails the run) and deploys it to GitHub Pages.
        # Repository settings: Pages -> Build and deployment -> Source: GitHub Actions.
        name: Pages

        on:
          push:
            branches: [main]
          workflow_dispatch:

        # The deploy job needs to write the Pages site and prove who it is (OIDC); nothing else.
        permissions:
          contents: read
          pages: write
          id-token: write

        # One deployment at a time; a newer push waits rather than cancelling a deployment half-way.
        concurrency:
          group: pages
          cancel-in-progress: false

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4

              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: 10.0.x

              # npm installs Pagefind (the search indexer) once.
              - uses: actions/setup-node@v4
                with:
                  node-version: 22

              - name: Install Site
                run: dotnet tool install --global {PACKAGE}

              # Gives the site's public URL, e.g. https://owner.github.io/my-podcast (no trailing slash).
              - id: pages
                uses: actions/configure-pages@v5

              - name: Build (strict)
                run: site build --strict --base-url "${{ steps.pages.outputs.base_url }}/"

              # v5 leaves out dot-files unless asked; .nojekyll is one of ours.
              - uses: actions/upload-pages-artifact@v5
                with:
                  path: output
                  include-hidden-files: true

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;
}
