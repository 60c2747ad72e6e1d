from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/cart")
def cart():
    last = request.cookies.get("last_item", "nothing yet")
    markup = "<p>Last item you looked at: " + last + "</p>"
    response = make_response(markup)
    response.headers["Cache-Control"] = "no-store"
    return response
