from fastapi import FastAPI
import sqlite3

app = FastAPI()


@app.get("/articles")
def articles(sort: str = "published", direction: str = "desc", limit: int = 20):
    conn = sqlite3.connect("blog.db")
    base = "SELECT id, title, published FROM articles WHERE draft = 0"
    order = " ORDER BY {} {}".format(sort, direction)
    stmt = base + order + " LIMIT ?"
    rows = conn.execute(stmt, (limit,)).fetchall()
    conn.close()
    return [{"id": r[0], "title": r[1], "published": r[2]} for r in rows]
