import sqlite3

from flask import Flask

app = Flask(__name__)


@app.route("/wall")
def wall():
    with sqlite3.connect("wall.db") as conn:
        rows = conn.execute("SELECT author, body FROM posts ORDER BY id DESC LIMIT 50").fetchall()
    parts = []
    for author, body in rows:
        parts.append(f"<article><h3>{author}</h3><p>{body}</p></article>")
    return "\n".join(parts)
