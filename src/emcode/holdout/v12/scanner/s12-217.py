import os
import sqlite3
import bleach
from flask import Flask, make_response, abort

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
ALLOWED_TAGS = ["p", "em", "strong", "a", "ul", "li", "code"]


def fetch_post(post_id):
    with sqlite3.connect("blog.db") as con:
        return con.execute("SELECT title, body FROM posts WHERE id = ?", (post_id,)).fetchone()


@app.route("/posts/<int:post_id>")
def show_post(post_id):
    row = fetch_post(post_id)
    if row is None:
        abort(404)
    title = bleach.clean(row[0], tags=[], strip=True)
    body = bleach.clean(row[1], tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]},
                        protocols=["http", "https"], strip=True)
    doc = f"""<article>
  <h1>{title}</h1>
  <div class="body">{body}</div>
</article>"""
    return make_response(doc)
