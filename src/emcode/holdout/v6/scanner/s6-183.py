from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("sqlite:///blog.db")

@app.get("/posts")
def posts():
    tag = request.args.get("tag", "")
    stmt = "SELECT id, title FROM posts"
    stmt += " WHERE tag = :tag ORDER BY id DESC LIMIT 20"
    with engine.connect() as conn:
        rows = conn.execute(text(stmt), {"tag": tag}).all()
    return {"posts": [dict(r._mapping) for r in rows]}
