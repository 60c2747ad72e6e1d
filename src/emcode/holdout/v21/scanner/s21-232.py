import bleach
from flask import Flask, request

app = Flask(__name__)
POSTS = {1: "Welcome post"}


@app.route("/preview", methods=["POST"])
def preview():
    raw = request.form.get("comment", "")
    cleaned = bleach.clean(raw, tags=[], attributes={}, strip=True)
    post_id = int(request.form.get("post", 1))
    title = bleach.clean(POSTS.get(post_id, "unknown"), tags=[], strip=True)
    return f"<article><h3>{title}</h3><p>{cleaned}</p></article>"
