from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/feedback", methods=["POST"])
def feedback():
    text = request.form.get("text", "")
    rating = request.form.get("rating", "5")
    page = "<p>Thanks! You rated us {0}/5 and said:</p><blockquote>{1}</blockquote>".format(rating, text)
    resp = make_response(page)
    resp.set_cookie("fb_done", "1", max_age=86400, httponly=True, samesite="L