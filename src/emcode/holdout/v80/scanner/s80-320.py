import html
from urllib.parse import urlsplit


class TunerBadge:
    def __init__(self, name, website):
        self.name = name
        self.website = website

    def to_html(self):
        href = self.website if urlsplit(self.website).scheme in ("http", "https") else "#"
        return '<a class="tuner" href="{0}">{1}</a>'.format(html.escape(href, quote=True), html.escape(self.name))
