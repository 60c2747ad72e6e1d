import html
from urllib.parse import urlsplit


def make_link(url: str, label: str) -> str:
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError("only http(s) links are allowed")
    return '<a href="{0}" rel="nofollow">{1}</a>'.format(html.escape(url, quote=True), html.escape(label))
