#!/usr/bin/env python3
"""Opens one page of every type in headless Chromium: no console error, no failed load, no
serious or critical axe-core violation; saves a screenshot of each into the artefacts folder."""
import argparse
import json
import pathlib
import sys

from axe_selenium_python import Axe

from common import console_errors, failed_loads, make_driver

KINDS = ["facilities", "chips", "consortia", "investments", "organizations", "regions", "policies", "scenarios"]


def first_child(site: pathlib.Path, folder: str) -> str | None:
    base = site / folder
    if not base.is_dir():
        return None
    names = sorted(p.name for p in base.iterdir() if (p / "index.html").is_file())
    return f"{folder}/{names[0]}/" if names else None


def page_list(site: pathlib.Path) -> list[tuple[str, str]]:
    pages = [("home", ""), ("search", "search/"), ("data", "data/"), ("tags", "tags/"), ("404", "404.html")]
    for kind in KINDS:
        if (site / kind / "index.html").is_file():
            pages.append((f"list-{kind}", f"{kind}/"))
        entity = first_child(site, kind)
        if entity:
            pages.append((f"entity-{kind}", entity))
    for folder in ("tags", "status", "siting"):
        child = first_child(site, folder)
        if child:
            pages.append((folder.rstrip("s") if folder == "tags" else folder, child))
    for free in ("about", "methodology"):
        if (site / free / "index.html").is_file():
            pages.append((f"page-{free}", f"{free}/"))
    return pages


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--site", required=True)
    parser.add_argument("--artifacts", required=True)
    args = parser.parse_args()
    site = pathlib.Path(args.site)
    shots = pathlib.Path(args.artifacts) / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    driver = make_driver()
    problems: list[str] = []
    report = {}
    try:
        for name, path in page_list(site):
            url = args.base + path
            driver.get_log("browser"), driver.get_log("performance")  # drain earlier pages' entries
            driver.get(url)
            driver.execute_script("return document.readyState")
            errors = console_errors(driver)
            failures = failed_loads(driver)
            axe = Axe(driver)
            axe.inject()
            results = axe.run(options={"resultTypes": ["violations"]})
            severe = [f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. {v['nodes'][0]['target']}"
                      for v in results["violations"] if v.get("impact") in ("serious", "critical")]
            driver.save_screenshot(str(shots / f"{name}.png"))
            report[name] = {"url": url, "console_errors": errors, "failed_loads": failures, "axe_serious": severe,
                            "axe_other": [f"{v['id']} ({v['impact']})" for v in results["violations"] if v.get("impact") not in ("serious", "critical")]}
            for line in errors:
                problems.append(f"{name} {url}: console error: {line}")
            for line in failures:
                problems.append(f"{name} {url}: {line}")
            for line in severe:
                problems.append(f"{name} {url}: axe: {line}")
            print(f"check_pages: {name:24} {url}  console={len(errors)} failed={len(failures)} axe-serious={len(severe)}")
    finally:
        driver.quit()
    (pathlib.Path(args.artifacts) / "browser-report.json").write_text(json.dumps(report, indent=2))
    for problem in problems:
        print("check_pages: " + problem)
    print(f"check_pages: {len(report)} pages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
