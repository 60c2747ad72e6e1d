from flask import Flask, request, Response
from markupsafe import escape

app = Flask(__name__)
ORDERS = {"1001": "shipped", "1002": "pending"}


@app.route("/order-status")
def order_status():
    order_id = request.args.get("id", "")
    status = ORDERS.get(order_id)
    shown = escape(order_id)
    if status is None:
        return Response(f"Unknown order {shown}", status=404, mimetype="text/plain")
    return Response(f"Order {shown}: {status}", mimetype="text/plain")
