from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///blog.db")


@app.get("/posts/search")
def search_posts():
    term = request.args.get("q", "")
    author = request.args.get("author")
    stmt = "SELECT id, title FROM posts WHERE published = 1"
    stmt += " AND title LIKE '%" + term + "%'"
    if author:
        stmt += " AND author = '" + author + "'"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt)).fetchall()
    return {"posts": [dict(id=r.id, title=r.title) for r in rows]}
