from flask import Flask, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine("postgresql://app@localhost/blog")


@app.route("/posts")
def posts():
    tag = request.args.get("tag", "")
    sql = "SELECT id, title FROM posts"
    binds = {}
    if tag:
        sql += " WHERE tags @> ARRAY[:tag]"
        binds["tag"] = tag
    sql += " ORDER BY published DESC"
    with engine.connect() as c:
        rows = c.execute(text(sql), binds).all()
    return {"posts": [dict(id=i, title=t) for i, t in rows]}
