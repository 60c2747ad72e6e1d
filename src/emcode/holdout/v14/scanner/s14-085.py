import bleach
from flask import Flask, request

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "em", "strong", "a", "p"]
ALLOWED_ATTRS = {"a": ["href", "title"]}
POSTS = {}


@app.post("/posts/<slug>")
def save_post(slug):
    POSTS[slug] = request.form.get("body", "")
    return {"saved": slug}


@app.get("/posts/<slug>")
def show_post(slug):
    raw = POSTS.get(slug, "")
    body = bleach.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRS, protocols=["http", "https"], strip=True)
    title = bleach.clean(slug, tags=[], strip=True)
    return f"<article><h1>{title}</h1>{body}</article>"
