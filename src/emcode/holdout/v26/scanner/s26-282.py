import bleach
from flask import Flask, request

app = Flask(__name__)
ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "br"]
REVIEWS = []


@app.post("/beers/<int:beer_id>/review")
def add_review(beer_id: int):
    text = request.form.get("text", "")
    cleaned = bleach.clean(text, tags=ALLOWED_TAGS, attributes={}, strip=True)
    REVIEWS.append((beer_id, cleaned))
    fragment = f"<article class='review'>{cleaned}</article>"
    return fragment, 201
