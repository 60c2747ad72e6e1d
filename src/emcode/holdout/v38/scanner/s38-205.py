from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.route("/checkout/return")
def checkout_return():
    order = request.args.get("order", type=int)
    return redirect(url_for("order_page", order_id=order or 0))


@app.route("/orders/<int:order_id>")
def order_page(order_id):
    return {"order": order_id, "status": "pa