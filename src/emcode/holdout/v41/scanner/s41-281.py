from html import escape
from urllib.parse import urlsplit


def book_link(title, url):
    if urlsplit(url).scheme not in ("http", "https"):
        url = "#"
    return '<a href="{}" class="book">{}</a>'.format(escape(url, quote=True), escape(title))
