from flask import Flask, make_response, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/cart")
def cart():
    last = request.cookies.get("last_item", "nothing yet")
    markup = Markup("<p>Last item you looked at: {}</p>").format(last)
    response = make_response(markup)
    response.headers["Cache-Control"] = "no-store"
    return response
