from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine("sqlite:///blog.db")


@app.get("/posts/search")
def search_posts(author: str = "", tag: str = ""):
    query = "SELECT id, title FROM posts WHERE published = 1"
    if author:
        query += f" AND author = '{author}'"
    if tag:
        query += f" AND id IN (SELECT post_id FROM tags WHERE tag = '{tag}')"
    with engine.connect() as conn:
        rows = conn.execute(text(query)).fetchall()
    return [{"id": r[0], "title": r[1]} for r in rows]
