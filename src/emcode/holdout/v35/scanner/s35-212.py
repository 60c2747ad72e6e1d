from html import escape
from urllib.parse import urlsplit


def render_issue_teaser(title, summary, url):
    if urlsplit(url).scheme not in ("http", "https"):
        url = "#"
    return (
        '<article class="teaser">'
        f'<h3><a href="{escape(url, quote=True)}">{escape(title)}</a></h3>'
        f"<p>{escape(summary)}</p>"
        "</article>"
    )
