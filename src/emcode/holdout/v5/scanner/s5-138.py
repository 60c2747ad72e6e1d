from dataclasses import dataclass

@dataclass
class Link:
    url: str
    label: str

    def to_html(self) -> str:
        return '<a href="%s">%s</a>' % (self.url, self.label)
