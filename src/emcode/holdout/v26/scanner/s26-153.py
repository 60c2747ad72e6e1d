import bleach
from flask import Flask, request, jsonify

app = Flask(__name__)
COMMENTS: list[str] = []


@app.post("/festival/films/<slug>/comments")
def add_comment(slug: str):
    raw = request.form.get("comment", "")
    safe = bleach.linkify(bleach.clean(raw, tags=[], strip=True))
    COMMENTS.append(safe)
    return jsonify(ok=True)


@app.get("/festival/films/<slug>/comments")
def show_comments(slug: str):
    items = "".join("<li>" + c + "</li>" for c in COMMENTS)
    return "<ul class='comments'>" + items + "</ul>"
