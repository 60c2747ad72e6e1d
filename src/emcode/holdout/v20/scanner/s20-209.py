import bleach
from flask import Flask, request

app = Flask(__name__)


@app.route("/comments/preview", methods=["POST"])
def preview():
    body = request.form.get("body", "")
    cleaned = bleach.clean(body)
    length = len(cleaned)
    html = f"<div class='preview'>{body}</div><small>{length} chars</small>"
    return html
