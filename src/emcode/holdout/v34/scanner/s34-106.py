import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/orders")
def place_order():
    try:
        qty = int(request.form["qty"])
        product = request.form["product"]
        return {"ok": True, "product": product, "qty": qty}
    except (KeyError, ValueError):
        return {"error": "qty and product are required"}, 400
    except Exception:
        log.exception("order failed")
        return {"error": "internal error"}, 500
