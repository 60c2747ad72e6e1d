import html
from dataclasses import dataclass
from urllib.parse import urlparse

@dataclass
class Link:
    url: str
    label: str

    def to_html(self) -> str:
        href = self.url if urlparse(self.url).scheme in ("http", "https") else "#"
        return '<a href="%s">%s</a>' % (html.escape(href, quote=True), html.escape(self.label))
