import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/orders")
def place_order():
    try:
        qty = int(request.form["qty"])
        product = request.form["product"]
        return {"ok": True, "product": product, "qty": qty}
    except Exception:
        return {"error": traceback.format_exc()}, 500
