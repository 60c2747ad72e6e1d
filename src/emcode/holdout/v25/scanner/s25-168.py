import html
from urllib.parse import urlparse


def nav_links(items):
    parts = []
    for label, href in items:
        if urlparse(href).scheme not in ("http", "https", ""):
            href = "#"
        parts.append('<a href="%s">%s</a>' % (html.escape(href, quote=True), html.escape(label)))
    return "<nav>" + " | ".join(parts) + "</nav>"
