import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/books")
def search_books(q: str = "", author: str | None = None, limit: int = 20):
    query = "SELECT isbn, title, author FROM books WHERE 1=1"
    args: list = []
    if q:
        query += " AND title LIKE ?"
        args.append(f"%{q}%")
    if author:
        query += " AND author = ?"
        args.append(author)
    query += " LIMIT ?"
    args.append(max(1, min(limit, 100)))
    conn = sqlite3.connect("library.db")
    try:
        return [dict(zip(("isbn", "title", "author"), r)) for r in conn.execute(query, args)]
    finally:
        conn.close()
