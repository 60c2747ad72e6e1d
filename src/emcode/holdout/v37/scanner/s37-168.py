from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/delivery/track")
def track():
    order_id = request.args.get("order", "")
    page = "<h2>Order {} not found</h2><a href='/'>Back</a>".format(escape(order_id))
    resp = make_response(page, 404)
    resp.headers["Content-Type"] = "text/html; charset=utf-8"
    return resp
