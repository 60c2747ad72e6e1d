from flask import Flask, redirect, url_for, request

app = Flask(__name__)


@app.post("/checkout")
def checkout():
    order_id = int(request.form["order_id"])
    from .orders import finalise
    finalise(order_id)
    return redirect(url_for("order_done", order_id=order_id))


@app.get("/orders/<int:order_id>/done")
def order_done(order_id):
    return {"order": order_id, "status": "paid"}
