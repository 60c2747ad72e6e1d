import bleach
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/reviews/preview", methods=["POST"])
def preview_review():
    text = request.form.get("text", "")
    stars = request.form.get("stars", type=int) or 0
    clean_text = bleach.clean(text, tags=["em", "strong"], strip=True)
    card = "<article class='review'>" + "&#9733;" * max(0, min(stars, 5))
    card += "<p>" + clean_text + "</p></article>"
    resp = make_response(ca