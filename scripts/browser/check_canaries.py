#!/usr/bin/env python3
"""Loads every page of the canary build that carries an XSSCANARY payload (plus the home, list
and search pages, searching for the canary) and asserts no payload ever executed: window.__xss
stays unset, alert() is never called and the title is never rewritten."""
import argparse
import pathlib
import sys

from selenium.webdriver.common.by import By

from common import make_driver

TRAP = "window.alert = window.confirm = window.prompt = function () { window.__xss_dialog = true; };"
PROBE = "return [window.__xss === undefined ? null : String(window.__xss), !!window.__xss_dialog, document.title];"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--site", required=True)
    args = parser.parse_args()
    site = pathlib.Path(args.site)
    carriers = sorted(str(p.relative_to(site)) for p in site.rglob("*.html") if "XSSCANARY" in p.read_text(encoding="utf-8", errors="replace"))
    if len(carriers) < 3:
        print(f"check_canaries: only {len(carriers)} pages carry the canaries; the canary build is broken")
        return 1
    paths = sorted(set(carriers) | {"index.html", "search/index.html", "organizations/index.html", "pages/index.html"})
    driver = make_driver()
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": TRAP})
    executed = []
    try:
        for path in paths:
            if not (site / path).is_file():
                continue
            url = args.base + path.removesuffix("index.html")
            driver.get(url)
            # Hover and click every link the canaries produced, as a reader would.
            for link in driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript' i], a[onmouseover]"):
                executed.append(f"{url}: live javascript link or handler: {link.get_attribute('outerHTML')[:120]}")
            if path == "search/index.html":
                boxes = driver.find_elements(By.CSS_SELECTOR, "input[type=search], input[type=text]")
                if boxes:
                    boxes[0].send_keys("XSSCANARY")
            xss, dialog, title = driver.execute_script(PROBE)
            # The payload sets the whole title; the escaped text of the payload merely contains it.
            if xss is not None or dialog or title.startswith("XSS-EXECUTED"):
                executed.append(f"{url}: payload executed (window.__xss={xss}, dialog={dialog}, title={title!r})")
            print(f"check_canaries: {url} clean" if not executed or not executed[-1].startswith(url) else f"check_canaries: {url} EXECUTED")
    finally:
        driver.quit()
    for line in executed:
        print("check_canaries: " + line)
    print(f"check_canaries: {len(paths)} pages, {len(executed)} executions")
    return 1 if executed else 0


if __name__ == "__main__":
    sys.exit(main())
