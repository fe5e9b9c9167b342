#!/usr/bin/env python3
"""Every SVG file and every inline <svg> of the site must parse as XML (checked with xmllint)."""
import pathlib
import re
import subprocess
import sys

INLINE = re.compile(r"<svg\b.*?</svg>", re.S)


def xmllint(text: bytes) -> str | None:
    result = subprocess.run(["xmllint", "--noout", "-"], input=text, capture_output=True)
    return None if result.returncode == 0 else result.stderr.decode(errors="replace").strip()


def main() -> int:
    site = pathlib.Path(sys.argv[1])
    failures, files, inline = [], 0, 0
    for path in sorted(site.rglob("*.svg")):
        files += 1
        if (error := xmllint(path.read_bytes())):
            failures.append(f"{path.relative_to(site)}: {error}")
    for path in sorted(site.rglob("*.html")):
        for index, match in enumerate(INLINE.finditer(path.read_text(encoding="utf-8"))):
            inline += 1
            svg = match.group(0)
            if "xmlns=" not in svg[:200]:
                svg = svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
            if (error := xmllint(svg.encode())):
                failures.append(f"{path.relative_to(site)} (inline svg {index + 1}): {error}")
    for failure in failures:
        print("check_svg: " + failure)
    print(f"check_svg: {files} SVG files, {inline} inline SVGs, {len(failures)} not well-formed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
