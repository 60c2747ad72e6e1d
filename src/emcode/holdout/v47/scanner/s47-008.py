import html
from urllib.parse import urlparse


def artist_badge(name, portfolio_url):
    if urlparse(portfolio_url).scheme not in ("http", "https"):
        portfolio_url = "#"
    label = html.escape(name.title())
    href = html.escape(portfolio_url, quote=True)
    link = '<a class="artist" href="%s">%s</a>' % (href, label)
    return '<span class="badge">' + link + "</span>"
