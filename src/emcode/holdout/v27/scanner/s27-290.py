import bleach
from flask import Flask, request

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "em", "strong"]
REVIEWS = []


@app.route("/review", methods=["POST"])
def add_review():
    text = request.form.get("text", "")
    cleaned = bleach.clean(text, tags=ALLOWED_TAGS, attributes={}, strip=True)
    REVIEWS.append(cleaned)
    html = f"<article class='review'>{cleaned}</article>"
    return html, 201
