from dataclasses import dataclass


@dataclass
class Ancestor:
    given: str
    surname: str
    born: int | None = None

    def to_html(self) -> str:
        years = f" ({self.born})" if self.born else ""
        return f"<span class='person'>{self.given} {self.surname}{years}</span>"
