from flask import Flask, request, make_response

app = Flask(__name__)
PAGE = "<html><body><h1>Order {order}</h1><p>Status: {status}</p></body></html>"


@app.route("/track")
def track():
    order = request.args.get("order", "")
    status = "shipped" if order.startswith("A") else "processing"
    resp = make_response(PAGE.format(order=order, status=status))
    resp.headers["Cache-Control"] = "no-cache"
    return resp


@app.route("/track/bulk")
def bulk():
    orders = request.args.get("orders", "").split(",")
    lines = [f"{o}: {'shipped' if o.startswith('A') else 'proc