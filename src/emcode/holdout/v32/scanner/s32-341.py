import bleach
from flask import Flask, request

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "ul", "li", "p"]


@app.route("/notes/preview", methods=["POST"])
def preview():
    raw = request.get_json(force=True).get("note", "")
    cleaned = bleach.clean(raw, tags=ALLOWED_TAGS, attributes={}, strip=True)
    return f"<h1>Tasting notes</h1><div class='note'>{cleaned}</div>"
