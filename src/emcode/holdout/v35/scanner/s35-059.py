from flask import Flask, request

app = Flask(__name__)
REVIEWS = []


@app.post("/reviews")
def add_review():
    stars = request.form.get("stars", type=int, default=5)
    text = request.form.get("text", "")
    REVIEWS.append((stars, text))
    return """<div class="review">
  <div class="stars">%s</div>
  <p>%s</p>
</div>""" % ("★" * max(1, min(stars, 5)), text)
