from html import escape
from urllib.parse import urlparse


def make_link(url: str, text: str) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        return escape(text)
    return '<a href="%s" rel="nofollow">%s</a>' % (escape(url, quote=True), escape(text))
