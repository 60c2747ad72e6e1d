import bleach
from flask import Flask, request

app = Flask(__name__)
comments: list[str] = []


@app.route("/comment", methods=["POST"])
def add_comment():
    raw = request.form.get("body", "")
    clean = bleach.clean(raw, tags=[], attributes={}, strip=True)
    comments.append(clean)
    return f"<p>Thanks! Your comment was saved:</p><blockquote>{clean}</blockquote>"
