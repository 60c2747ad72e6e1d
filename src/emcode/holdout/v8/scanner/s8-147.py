from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///blog.db")


@app.get("/posts/search")
def search_posts():
    term = request.args.get("q", "")
    author = request.args.get("author")
    stmt = "SELECT id, title FROM posts WHERE published = 1"
    params = {"pattern": f"%{term}%"}
    stmt += " AND title LIKE :pattern"
    if author:
        stmt += " AND author = :author"
        params["author"] = author
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), params).fetchall()
    return {"posts": [dict(id=r.id, title=r.title) for r in rows]}
