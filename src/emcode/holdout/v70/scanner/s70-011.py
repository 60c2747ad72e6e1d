from html import escape
from urllib.parse import urlparse


def guide_link(url, label):
    if urlparse(url).scheme not in ("http", "https"):
        url = "#"
    return '<a class="guide" href="%s">%s</a>' % (escape(url, quote=True), escape(label))
