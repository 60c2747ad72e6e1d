import html
from urllib.parse import urlparse


def episode_links(episodes):
    parts = []
    for ep in episodes:
        url = ep["url"]
        if urlparse(url).scheme not in ("http", "https"):
            url = "#"
        parts.append('<li><a href="%s">%s</a></li>' % (html.escape(url, quote=True), html.escape(ep["title"])))
    return "<ul class='episodes'>\n" + "\n".join(parts) + "\n</ul>"
