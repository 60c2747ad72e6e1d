import sqlite3
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class TagQuery(BaseModel):
    tags: list[str]


@app.post("/posts/by-tags")
def posts_by_tags(body: TagQuery):
    if not body.tags:
        return []
    marks = ", ".join("?" for _ in body.tags)
    base = "SELECT DISTINCT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id "
    where = f"WHERE t.tag IN ({marks})"
    with sqlite3.connect("blog.db") as conn:
        rows = conn.execute(base + where, tuple(body.tags)).fetchall()
    return [{"id": r[0], "title": r[1]} for r in rows]
