class LinkBuilder:
    def __init__(self, base="/search"):
        self.base = base

    def search_link(self, query):
        href = self.base + "?q=" + query
        return '<a href="%s">Search for %s</a>' % (href, query)
