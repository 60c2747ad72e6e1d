from fastapi import FastAPI
from sqlalchemy import create_engine, text
import os

app = FastAPI()
engine = create_engine(os.environ["DATABASE_URL"])


@app.get("/posts/by-tag/{tag}")
def posts_by_tag(tag: str, limit: int = 20):
    stmt = "SELECT p.id, p.title FROM posts p JOIN post_tags t ON t.post_id = p.id"
    stmt += " WHERE t.tag = :tag"
    stmt += " ORDER BY p.created_at DESC LIMIT :limit"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), {"tag": tag, "limit": min(limit, 100)}).all()
    return [{"id": r.id, "title": r.title} for r in rows]
