from dataclasses import dataclass


@dataclass
class Comment:
    author: str
    body: str
    likes: int = 0

    def to_html(self) -> str:
        parts = ["<article class='comment'>", "<h4>", self.author, "</h4>", "<p>", self.body, "</p>",
                 f"<small>{self.likes} likes</small>", "</article>"]
        return "".join(parts)
