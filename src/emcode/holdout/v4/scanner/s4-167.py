import html
from urllib.parse import urlsplit


def make_link(url: str, label: str | None = None) -> str:
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError("only http(s) links")
    text = html.escape(label or url)
    href = html.escape(url, quote=True)
    return f'<a href="{href}" rel="nofollow">{text}</a>'
