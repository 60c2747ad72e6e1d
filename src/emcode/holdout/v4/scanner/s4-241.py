from dataclasses import dataclass


@dataclass
class Review:
    author: str
    stars: int
    text: str

    def to_html(self) -> str:
        parts = [
            "<div class='review'>",
            "<h4>" + self.author + "</h4>",
            "<span>" + "*" * self.stars + "</span>",
            "<p>" + self.text + "</p>",
            "</div>",
        ]
        return "\n".join(parts)
