import html
from urllib.parse import urlparse


def make_link(url: str, label: str | None = None) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        raise ValueError("only http(s) links")
    return '<a href="{}" rel="nofollow">{}</a>'.format(html.escape(url, quote=True), html.escape(label or url))
