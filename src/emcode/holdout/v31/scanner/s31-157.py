from html import escape
from urllib.parse import urlsplit


def listing_link(url, address):
    if urlsplit(url).scheme not in ("http", "https"):
        url = "#"
    return '<a class="listing" href="{0}">{1}</a>'.format(escape(url, quote=True), escape(address))
