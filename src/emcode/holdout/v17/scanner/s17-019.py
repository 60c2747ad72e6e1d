import sqlite3
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class TagQuery(BaseModel):
    tags: list[str]


@app.post("/posts/by-tags")
def posts_by_tags(body: TagQuery):
    conn = sqlite3.connect("blog.db")
    quoted = ", ".join("'" + t + "'" for t in body.tags)
    base = "SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id "
    where = "WHERE t.tag IN (" + quoted + ")"
    rows = conn.execute(base + where).fetchall()
    conn.close()
    return [{"id": r[0], "title": r[1]} for r in rows]
