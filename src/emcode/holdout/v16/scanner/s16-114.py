import html
import sqlite3
from flask import Flask

app = Flask(__name__)


@app.get("/posts")
def posts():
    con = sqlite3.connect("blog.db")
    rows = con.execute("SELECT id, title, author FROM posts ORDER BY id DESC LIMIT 20").fetchall()
    con.close()
    parts = ["<ul class='posts'>"]
    for pid, title, author in rows:
        parts.append(
            "<li><a href='/posts/%d'>%s</a> by %s</li>" % (pid, html.escape(title), html.escape(author))
        )
    parts.append("</ul>")
    return "\n".join(parts)
