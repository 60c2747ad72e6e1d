import html

from flask import Flask, request, make_response

app = Flask(__name__)
REVIEWS = []

ROW = "<div class='review'><span class='stars'>{stars}</span> <b>{who}</b><p>{text}</p></div>"


@app.route("/reviews", methods=["GET", "POST"])
def reviews():
    if request.method == "POST":
        rating = max(1, min(5, int(request.form.get("rating", 5))))
        REVIEWS.append((rating, request.form.get("name", "anon"), request.form.get("text", "")))
    chunks = []
    for rating, who, text in REVIEWS:
        chunks.append(ROW.format(stars="★" * rating, who=html.escape(who), text=html.escape(text)))
    return make_response("".join(chunks) or "<p>No reviews yet</p>")
