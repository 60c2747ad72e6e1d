from flask import Flask, request

app = Flask(__name__)
REVIEWS = []


@app.post("/reviews")
def add_review():
    REVIEWS.append(request.form["review"])
    html = "<ul>" + "".join(f"<li>{r}</li>" for r in REVIEWS) + "</ul>"
    return html
