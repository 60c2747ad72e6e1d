from flask import Flask, request

app = Flask(__name__)


@app.get("/queue-position")
def queue_position():
    order = request.args.get("order", type=int)
    if order is None:
        return "missing order number", 400
    ahead = max(0, order - 1040)
    return f"Order {order}: {ahead} orders ahead of you"
