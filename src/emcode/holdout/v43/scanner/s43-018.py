import bleach
from flask import Flask, request

app = Flask(__name__)

TAGS = ["b", "i", "em", "strong", "p", "br", "ul", "li"]


@app.post("/reviews/preview")
def review_preview():
    raw = request.form.get("review", "")
    cleaned = bleach.clean(raw, tags=TAGS, attributes={}, strip=True)
    stars = request.form.get("stars", 5, type=int)
    body = "<div class='review'>" + "&#9733;" * max(0, min(stars, 5)) + cleaned + "</div>"
    return body
