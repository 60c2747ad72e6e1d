import sqlite3
from dataclasses import dataclass


@dataclass
class Book:
    isbn: str
    title: str
    author: str


class BookRepo:
    def __init__(self, path="library.db"):
        self.conn = sqlite3.connect(path)

    def _filter(self, term):
        return "title LIKE '%%%s%%' OR author LIKE '%%%s%%'" % (term, term)

    def search(self, term):
        where = self._filter(term)
        sql = "SELECT isbn, title, author FROM books WHERE " + where
        return [Book(*row) for row in self.conn.execute(sql)]


if __name__ == "__main__":
    import sys

    for book in BookRepo().search(sys.argv[1]):
        print(book)
