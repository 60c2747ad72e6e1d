from html import escape
from urllib.parse import urlparse


def episode_link(url, label):
    if urlparse(url).scheme not in ("http", "https"):
        url = "#"
    tpl = '<a href="{0}" class="ep">{1}</a>'
    return tpl.format(escape(url, quote=True), escape(label))
