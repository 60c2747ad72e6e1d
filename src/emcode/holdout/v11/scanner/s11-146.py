import sqlite3
from dataclasses import dataclass


@dataclass
class Book:
    isbn: str
    title: str
    author: str


class BookRepo:
    SEARCH = (
        "SELECT isbn, title, author FROM books "
        "WHERE title LIKE :pat ESCAPE '\\' OR author LIKE :pat ESCAPE '\\' "
        "ORDER BY title"
    )

    def __init__(self, path="library.db"):
        self.conn = sqlite3.connect(path)

    def search(self, term: str) -> list[Book]:
        pattern = "%" + term.replace("%", r"\%").replace("_", r"\_") + "%"
        cur = self.conn.execute(self.SEARCH + " ", {"pat": pattern})
        return [Book(*row) for row in cur]
