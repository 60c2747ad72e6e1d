from html import escape
from urllib.parse import urlsplit


def scan_link(scan_url, title):
    if urlsplit(scan_url).scheme not in ("http", "https"):
        raise ValueError("scan links must be http(s)")
    return f'<a class="scan" href="{escape(scan_url, quote=True)}">{escape(title)}</a>'
