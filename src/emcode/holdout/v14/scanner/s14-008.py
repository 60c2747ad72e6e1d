import sqlite3
from typing import Iterable


class TagStore:
    def __init__(self, path: str = "tags.db") -> None:
        self.conn = sqlite3.connect(path)

    def posts_with_tags(self, tags: Iterable[str]) -> list[tuple]:
        tags = [t.strip().lower() for t in tags if t.strip()]
        if not tags:
            return []
        marks = ",".join("?" for _ in tags)
        sql = (
            "SELECT DISTINCT p.id, p.title FROM posts p "
            "JOIN post_tags pt ON pt.post_id = p.id "
            "JOIN tags t ON t.id = pt.tag_id "
        )
        sql += f"WHERE t.name IN ({marks})"
        return self.conn.execute(sql, tags).fetchall()

    def add_tag(self, post_id: int, name: str) -> None:
        cur = self.conn.cursor()
        cur.execute("INSERT OR IGNORE INTO tags(name) VALUES (?)", (name,))
        cur.execute("SELECT id FROM tags WHERE name = ?", (name,))
        tag_id = cur.fetchone()[0]
        cur.execute("INSERT OR IGNORE INTO post_tags(post_id, tag_id) VALUES (?, ?)", (post_id, tag_id))
        self.conn.commit()
