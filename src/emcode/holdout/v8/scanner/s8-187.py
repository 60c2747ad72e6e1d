from dataclasses import dataclass

import bleach


@dataclass
class Comment:
    author: str
    body: str
    likes: int = 0

    def to_html(self) -> str:
        author = bleach.clean(self.author, tags=[], strip=True)
        body = bleach.clean(self.body, tags=["b", "i", "em", "strong"], strip=True)
        return f"<article class='comment'><h4>{author}</h4><p>{body}</p><small>{int(self.likes)} likes</small></article>"
