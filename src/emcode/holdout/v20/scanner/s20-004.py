from flask import Flask, request

app = Flask(__name__)
ORDERS = {"1001": "shipped", "1002": "pending"}


@app.route("/order-status")
def order_status():
    order_id = request.args.get("id", "")
    status = ORDERS.get(order_id)
    if status is None:
        msg = "Unknown order " + order_id + ", please check the number and try again."
        return msg, 404
    return f"Order {order_id}: {status}"
