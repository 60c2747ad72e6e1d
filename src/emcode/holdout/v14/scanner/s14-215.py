import bleach
from flask import Flask, request

app = Flask(__name__)
REVIEWS = []


@app.post("/reviews")
def add_review():
    text = request.form.get("text", "")
    cleaned = bleach.clean(text)
    REVIEWS.append(cleaned)
    stars = request.form.get("stars", "5")
    return f"""<div class="review"><span>{stars} stars</span><p>{text}</p></div>"""
