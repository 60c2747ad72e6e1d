import html
from urllib.parse import quote_plus


class LinkBuilder:
    def __init__(self, base="/search"):
        self.base = base

    def search_link(self, query):
        href = html.escape(self.base + "?q=" + quote_plus(query), quote=True)
        text = html.escape(query)
        return f'<a href="{href}">Search for {text}</a>'
