import os

from flask import Flask, session

app = Flask(__name__)
app.secret_key = os.environ["CART_SECRET_KEY"]


@app.route("/cart")
def cart():
    items = session.get("cart", [])
    total = sum(i["price"] for i in items)
    return {"items": items, "total": total}
