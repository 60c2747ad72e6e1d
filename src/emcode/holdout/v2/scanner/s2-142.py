import sqlite3

import bleach
from flask import Flask

app = Flask(__name__)
ALLOWED = ["b", "i", "em", "strong", "a"]


@app.route("/wall")
def wall():
    with sqlite3.connect("wall.db") as conn:
        rows = conn.execute("SELECT author, body FROM posts ORDER BY id DESC LIMIT 50").fetchall()
    parts = []
    for author, body in rows:
        safe_body = bleach.clean(body, tags=ALLOWED, attributes={"a": ["href"]}, strip=True)
        parts.append(f"<article><h3>{bleach.clean(author)}</h3>{safe_body}</article>")
    return "\n".join(parts)
