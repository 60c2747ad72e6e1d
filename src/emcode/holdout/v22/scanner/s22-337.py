import html
from urllib.parse import urlparse


def make_link(url: str, label: str | None = None) -> str:
    if urlparse(url).scheme not in ("http", "https"):
        url = "#"
    text = html.escape(label or url)
    return f'<a href="{html.escape(url, quote=True)}" rel="noopener">{text}</a>'
