import sqlite3
from dataclasses import dataclass


@dataclass
class Page:
    number: int = 1
    size: int = 20


def search_customers(con: sqlite3.Connection, term: str, page: Page):
    size = max(1, min(int(page.size), 100))
    offset = (max(1, int(page.number)) - 1) * size
    parts = ["SELECT id, name, email FROM customers"]
    args = []
    if term:
        parts.append("WHERE name LIKE ? OR email LIKE ?")
        args += [f"%{term}%", f"%{term}%"]
    parts.append("ORDER BY name")
    parts.append(f"LIMIT {size} OFFSET {offset}")
    return con.execute(" ".join(parts), args).fetchall()
