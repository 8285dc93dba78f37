"""Headless Chromium as :mod:`bench.viz_bench` and ``tests/test_browser.py`` open it.

Debian's build (``apt-get install chromium``) driven by Playwright, with networking features off:
pages are only ever opened from ``file://`` or a loopback server.
"""

from __future__ import annotations

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def launch(playwright):
    """A headless Chromium browser from a running ``sync_playwright()``; the caller closes it."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
