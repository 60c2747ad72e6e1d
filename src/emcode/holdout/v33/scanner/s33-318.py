import html
from urllib.parse import urlparse


def package_link(name, homepage):
    if urlparse(homepage).scheme not in ("http", "https"):
        return html.escape(name)
    return '<a href="%s" rel="nofollow">%s</a>' % (html.escape(homepage, quote=True), html.escape(name))
