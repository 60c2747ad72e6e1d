import markdown
from flask import Flask, request, abort

app = Flask(__name__)
POSTS = {}


@app.post("/posts")
def create_post():
    pid = len(POSTS) + 1
    POSTS[pid] = {"title": request.form.get("title", "untitled"), "body": request.form.get("body", "")}
    return {"id": pid}, 201


@app.get("/posts/<int:pid>")
def show_post(pid):
    post = POSTS.get(pid)
    if post is None:
        abort(404)
    body_html = markdown.markdown(post["body"])
    page = f"<html><body><h1>{post['title']}</h1>{body_html}</body></html>"
    return page
