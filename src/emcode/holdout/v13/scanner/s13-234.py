from html import escape
from urllib.parse import urlparse

def result_row(title, url, snippet):
    if urlparse(url).scheme not in ("http", "https"):
        url = "#"
    return '<a href="{u}">{t}</a><p>{s}</p>'.format(u=escape(url, quote=True), t=escape(title), s=escape(snippet))
