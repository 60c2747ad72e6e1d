from flask import Flask, make_response, request

app = Flask(__name__)

ORDERS = {}


@app.route("/delivery/track")
def track():
    order_id = request.args.get("order", "")
    if order_id not in ORDERS:
        msg = f"<h2>Order {order_id} not found</h2><a href='/'>Back</a>"
        return make_response(msg, 404)
    return make_response(f"<h2>Status: {ORDERS[order_id]}</h2>")
