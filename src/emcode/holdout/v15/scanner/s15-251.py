import os

from fastapi import FastAPI
from sqlalchemy import create_engine, text

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/posts/by-tag/{tag}")
def posts_by_tag(tag: str):
    stmt = text(f"SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id WHERE t.tag = '{tag}'")
    with engine.connect() as conn:
        rows = conn.execute(stmt).all()
    return [{"id": r.id, "title": r.title} for r in rows]
