from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)


@app.route("/itinerary")
def itinerary():
    legs = request.args.getlist("leg")
    items = Markup("").join(Markup("<li>{}</li>").format(leg) for leg in legs)
    return Markup("<ol class='legs'>{}</ol>").format(items)
