from dataclasses import dataclass
from html import escape


@dataclass
class Ancestor:
    given: str
    surname: str
    born: int | None = None

    def to_html(self) -> str:
        years = f" ({int(self.born)})" if self.born else ""
        return f"<span class='person'>{escape(self.given)} {escape(self.surname)}{years}</span>"
