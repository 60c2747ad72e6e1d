import sqlite3
from fastapi import FastAPI

app = FastAPI()


@app.get("/books")
def search_books(q: str = "", author: str | None = None, limit: int = 20):
    query = "SELECT isbn, title, author FROM books WHERE 1=1"
    if q:
        query += " AND title LIKE '%" + q + "%'"
    if author:
        query += " AND author = '" + author + "'"
    query += " LIMIT %d" % limit
    conn = sqlite3.connect("library.db")
    try:
        return [dict(zip(("isbn", "title", "author"), r)) for r in conn.execute(query)]
    finally:
        conn.close()
