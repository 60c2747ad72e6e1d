from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/order/confirm")
def confirm():
    item = escape(request.args.get("item", ""))
    qty = int(request.args.get("qty", "1"))
    page = "<h2>Order confirmed</h2>"
    page += "<p>" + str(qty) + " x " + str(item) + "</p>"
    page += "<a href='/orders'>Back to ord