from fastapi import FastAPI, HTTPException
import sqlite3

app = FastAPI()

SORTS = {"published": "published", "title": "title", "id": "id"}
DIRS = {"asc": "ASC", "desc": "DESC"}


@app.get("/articles")
def articles(sort: str = "published", direction: str = "desc", limit: int = 20):
    if sort not in SORTS or direction not in DIRS:
        raise HTTPException(status_code=400, detail="bad sort")
    conn = sqlite3.connect("blog.db")
    base = "SELECT id, title, published FROM articles WHERE draft = 0"
    order = " ORDER BY {} {}".format(SORTS[sort], DIRS[direction])
    stmt = base + order + " LIMIT ?"
    rows = conn.execute(stmt, (min(limit, 100),)).fetchall()
    conn.close()
    return [{"id": r[0], "title": r[1], "published": r[2]} for r in rows]
