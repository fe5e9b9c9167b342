#!/usr/bin/env python3
"""Adds XSS canary entries to a copy of content/ (never to the real one).

Every payload, if it ever ran, would set window.__xss, call alert() or set document.title to
"XSS-EXECUTED"; check_canaries.py asserts none of that happens on any page that shows them.
Each payload is marked with XSSCANARY so the checker can find the pages that carry one.
"""
import pathlib
import sys

SCRIPT = "<script>window.__xss=1;document.title='XSS-EXECUTED'</script>"
IMG = "\\\"><img src=x onerror=\\\"window.__xss=2\\\">"
SVG = "<svg onload=window.__xss=3>"
CLOSE = "</title></textarea></style>" + SCRIPT
ATTR = "' onmouseover='window.__xss=4' x='"

CANARIES = {
    "pages/xss-canary-page.md": f"""---
title: "XSSCANARY page {SCRIPT}"
summary: "XSSCANARY {IMG} {ATTR}"
tags: [xss-canary]
---
XSSCANARY body.

{SCRIPT}

<img src=x onerror="window.__xss=5"> {SVG} <iframe src="javascript:window.__xss=6"></iframe>

[click me](javascript:window.__xss=7) [again](JaVaScRiPt:window.__xss=8) [data](data:text/html,<script>window.__xss=9</script>)
[entity](javascript&#58;window.__xss=10) <a href="javascript:window.__xss=11">raw link</a>

![image](javascript:window.__xss=12 "{ATTR}")

`{SCRIPT}` and a heading:

## {CLOSE} `{{{{ title }}}}`

| {SCRIPT} | {IMG} |
|---|---|
| {SVG} | {ATTR} |

Footnote[^x].

[^x]: {SCRIPT}
""",
    "organizations/xss-canary-org.md": f"""---
title: "XSSCANARY org {CLOSE}"
summary: "XSSCANARY {ATTR} {IMG}"
kind: other
website: "https://example.com/?q=%3Cscript%3Ewindow.__xss=13%3C/script%3E&x=%27onmouseover"
tags: [xss-canary]
sources:
  - title: "XSSCANARY source {SCRIPT}"
    url: "https://example.com/a?b=javascript:window.__xss=14"
    publisher: "{IMG}"
---
Mentions the [canary page](/xss-canary-page/).
""",
}


def main() -> None:
    content = pathlib.Path(sys.argv[1])
    for relative, text in CANARIES.items():
        path = content / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"make_canaries: wrote {len(CANARIES)} canary entries into {content}")


if __name__ == "__main__":
    main()
