import bleach
import markdown
from flask import Flask, request, abort

app = Flask(__name__)
POSTS: dict[int, dict] = {}
TAGS = ["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "h2", "h3"]
ATTRS = {"a": ["href", "title"]}


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
    rendered = markdown.markdown(post["body"])
    safe_html = bleach.clean(rendered, tags=TAGS, attributes=ATTRS, protocols=["http", "https"], strip=True)
    safe_title = bleach.clean(post["title"], tags=[], strip=True)
    page = f"<html><head><title>{safe_title}</title></head><body><h1>{safe_title}</h1>{safe_html}</body></html>"
    return page
