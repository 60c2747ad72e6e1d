import bleach
from flask import Flask, request

app = Flask(__name__)
REVIEWS = []


@app.post("/reviews")
def add_review():
    text = bleach.clean(request.form["review"], tags=["b", "i", "em"], strip=True)
    REVIEWS.append(text)
    html = "<ul>" + "".join(f"<li>{r}</li>" for r in REVIEWS) + "</ul>"
    return html
