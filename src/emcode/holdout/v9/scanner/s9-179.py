import html
from urllib.parse import urlparse


def make_link(url: str, label: str) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        url = "#"
    return '<a href="{0}" rel="nofollow">{1}</a>'.format(html.escape(url, quote=True), html.escape(label))
