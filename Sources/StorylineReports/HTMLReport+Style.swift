extension HTMLReport {
    /// How many distinct source-key colours the style sheet defines (`.k1` … `.k8`); keys cycle through them.
    static let keyColours = 8

    /// The page's style sheet: a readable column, quiet tables, colour-coded source keys, and the
    /// things a reader should notice (diffs, discrepancies, paraphrases, conflicting dates) highlighted.
    /// Works in light and dark mode and prints cleanly.
    static let css = """
        :root {
          color-scheme: light dark;
          --text: #1f2328; --muted: #59636e; --line: #d1d9e0; --panel: #f6f8fa; --accent: #0969da;
          --warn-bg: #fff8c5; --warn-line: #d4a72c; --del-bg: #ffebe9; --del: #82071e; --ins-bg: #dafbe1; --ins: #116329;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23; --accent: #4493f8;
            --warn-bg: #3b2e0a; --warn-line: #9e6a03; --del-bg: #4c1319; --del: #ffaba8; --ins-bg: #0f3a1e; --ins: #7ee787;
          }
        }
        * { box-sizing: border-box; }
        body { margin: 0; color: var(--text); background: Canvas;
          font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
        h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.45rem; line-height: 1.3; margin: 0 0 .25rem; }
        h3 { font-size: 1.1rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
        h4 { font-size: 1rem; margin: 1.1rem 0 .4rem; }
        a { color: var(--accent); }
        code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .meta { color: var(--muted); font-size: .9rem; margin: 0; }
        header.report { margin-bottom: 1.5rem; }
        nav.contents h2 { font-size: 1.1rem; margin: 0; }
        nav.contents li { margin: .15rem 0; }
        article.story { border-top: 3px solid var(--text); padding-top: 1rem; margin-top: 2.5rem; }
        table { width: 100%; border-collapse: collapse; font-size: .92rem; margin: .5rem 0; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
        th { font-weight: 600; background: var(--panel); }
        td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.conflict td { background: var(--warn-bg); }
        ul, ol { padding-left: 1.4rem; }
        li { margin: .3rem 0; }
        details { margin: .35rem 0; padding: .3rem .6rem; background: var(--panel); border-radius: 6px; }
        details ul { margin: .4rem 0; }
        summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
        details.removed li { color: var(--muted); font-size: .9rem; }
        .reason, .badge { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .4rem;
          border: 1px solid var(--line); border-radius: 999px; color: var(--muted); }
        .keys { white-space: nowrap; }
        .key { display: inline-block; min-width: 1.45em; margin: 0 .08em; padding: 0 .3em; border-radius: 4px;
          font: 600 .75rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-align: center;
          color: #fff; background: #6e7781; cursor: help; vertical-align: .1em; }
        .k1 { background: #0969da; } .k2 { background: #bf3989; } .k3 { background: #1a7f37; }
        .k4 { background: #bc4c00; } .k5 { background: #8250df; } .k6 { background: #0a7b83; }
        .k7 { background: #9a6700; } .k8 { background: #cf222e; }
        q { quotes: "\\201C" "\\201D"; }
        .quote li.variant { color: var(--muted); }
        .diff { margin: .2rem 0 0; font-size: .9rem; }
        del { background: var(--del-bg); color: var(--del); }
        ins { background: var(--ins-bg); color: var(--ins); text-decoration: none; font-weight: 600; }
        .flag { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .4rem; border-radius: 4px;
          background: var(--warn-bg); border: 1px solid var(--warn-line); }
        .discrepancy { border-left: 4px solid var(--warn-line); background: var(--warn-bg); border-radius: 0 6px 6px 0;
          padding: .2rem .9rem .4rem; margin: .8rem 0; }
        .discrepancy h4 { margin-top: .6rem; }
        .discrepancy .value { font-size: 1.05rem; }
        .discrepancy .written { color: var(--muted); font-size: .9rem; }
        blockquote { margin: .3rem 0 .3rem .2rem; padding-left: .7rem; border-left: 3px solid var(--line);
          color: var(--muted); font-size: .9rem; }
        dl { margin: .5rem 0; }
        dt { font-weight: 600; text-transform: capitalize; margin-top: .6rem; }
        dd { margin: .15rem 0 .15rem 1.2rem; }
        @media print {
          details { background: none; }
          .key { color: #000; background: none !important; border: 1px solid #000; }
        }

        """
}
