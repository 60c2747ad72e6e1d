from html import escape
from urllib.parse import urlsplit


def catalogue_link(url, label):
    if urlsplit(url).scheme not in ("http", "https", ""):
        url = "#"
    return '<a href="{0}" class="cat-link">{1}</a>'.format(escape(url, quote=True), escape(label))
