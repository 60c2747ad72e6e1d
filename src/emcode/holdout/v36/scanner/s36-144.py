from html import escape
from urllib.parse import urlsplit


def tracking_link(url, label):
    if urlsplit(url).scheme not in ("http", "https"):
        url = "#"
    return '<a href="%s" target="_blank" rel="noopener">%s</a>' % (escape(url, quote=True), escape(label))
