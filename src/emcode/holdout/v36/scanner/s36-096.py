import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("trucks.orders")


@app.post("/orders")
def new_order():
    name = request.form.get("pickup_name", "")
    items = request.form.getlist("item")
    log.info(f"new order for {name}: {len(items)} items")
    return {"ok": True}, 201
