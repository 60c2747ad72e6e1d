from flask import Flask, request
from dataclasses import dataclass

app = Flask(__name__)
app.config["SECRET_KEY"] = "x"


@dataclass
class Order:
    id: int
    total: float


@app.route("/receipt")
def receipt():
    fmt = request.args.get("fmt", "Order {order.id}: {order.total}")
    return fmt.format(order=Order(7, 19.99))
