from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.post("/tickets/checkout")
def checkout():
    from .cart import place_order
    order_id = place_order(request.form)
    return redirect(url_for("order_status", order_id=order_id))


@app.get("/orders/<int:order_id>")
def order_status(order_id):
    from .cart import status_of
    return {"order": order_id, "status": status_of(order_id), "links": {"self": url_for("order_sta