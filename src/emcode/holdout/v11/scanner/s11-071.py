import psycopg2
from fastapi import FastAPI, HTTPException

app = FastAPI()
SORTS = {"created": "created_at", "title": "title", "views": "view_count"}
DIRECTIONS = {"asc": "ASC", "desc": "DESC"}


@app.get("/posts")
def posts(sort: str = "created", direction: str = "desc", limit: int = 20):
    if sort not in SORTS or direction not in DIRECTIONS:
        raise HTTPException(status_code=400, detail="bad sort")
    query = "SELECT id, title, created_at FROM posts WHERE published = true"
    query += f" ORDER BY {SORTS[sort]} {DIRECTIONS[direction]}"
    query += " LIMIT %s"
    with psycopg2.connect(dbname="blog", user="blog_ro") as conn, conn.cursor() as cur:
        cur.execute(query, (min(limit, 100),))
        return [{"id": r[0], "title": r[1]} for r in cur.fetchall()]
