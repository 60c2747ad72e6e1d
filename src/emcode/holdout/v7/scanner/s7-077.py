class Breadcrumbs:
    def __init__(self):
        self.parts = []

    def add(self, title, href):
        self.parts.append((title, href))
        return self

    def html(self):
        links = ['<a href="%s">%s</a>' % (href, title) for title, href in self.parts]
        return '<nav class="crumbs">' + " &raquo; ".join(links) + "</nav>"
