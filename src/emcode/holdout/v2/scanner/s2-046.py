from html import escape
from urllib.parse import urlsplit


def make_link(url: str, label: str) -> str:
    """Return an <a> element pointing at url; other schemes (javascript:, data:) become '#'."""
    href = url if urlsplit(url).scheme in ("http", "https") else "#"
    return '<a href="%s">%s</a>' % (escape(href, quote=True), escape(label))
