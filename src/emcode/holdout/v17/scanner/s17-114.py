import html

import bleach
from flask import Flask, request

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "code"]


def render_comment(author: str, body: str) -> str:
    safe_author = html.escape(author)
    safe_body = bleach.clean(body, tags=ALLOWED_TAGS, strip=True)
    out = "<article class='comment'>"
    out += f"<h4>{safe_author}</h4>"
    out += f"<p>{safe_body}</p>"
    return out + "</article>"


@app.route("/blog/preview", methods=["POST"])
def preview():
    return render_comment(request.form.get("author", "anonymous"), request.form.get("body", ""))
