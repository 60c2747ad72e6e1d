from html import escape as h
from flask import Flask, abort

app = Flask(__name__)
POSTS = {1: {"title": "Hello", "body": "First post", "tags": ["intro"]}}

def render_post(post):
    parts = ["<article>"]
    parts.append("<h1>%s</h1>" % h(post["title"]))
    parts.append("<p>%s</p>" % h(post["body"]))
    tags = ", ".join(h(t) for t in post["tags"])
    parts.append(f"<footer>{tags}</footer></article>")
    return "\n".join(parts)

@app.route("/posts/<int:pid>")
def show(pid):
    post = POSTS.get(pid)
    if post is None:
        abort(404)
    return render_post(post)
