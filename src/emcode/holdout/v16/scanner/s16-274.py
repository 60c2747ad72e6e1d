import sqlite3
from dataclasses import dataclass


@dataclass
class Article:
    id: int
    title: str


class ArticleRepo:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def search(self, words: list[str], page: int = 1, per_page: int = 20) -> list[Article]:
        where = " AND ".join("title LIKE ?" for _ in words) or "1=1"
        q = f"SELECT id, title FROM articles WHERE {where} ORDER BY id LIMIT ? OFFSET ?"
        args = [f"%{w}%" for w in words] + [int(per_page), (max(int(page), 1) - 1) * int(per_page)]
        return [Article(*r) for r in self.conn.execute(q, args)]
