import logging

from flask import Flask, request


class NoNewlines(logging.Filter):
    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(
                a.replace("\r", "\\r").replace("\n", "\\n") if isinstance(a, str) else a for a in record.args
            )
        return True


app = Flask(__name__)
log = logging.getLogger("trucks.orders")
log.addFilter(NoNewlines())


@app.post("/orders")
def new_order():
    name = request.form.get("pickup_name", "")
    log.info("new order for pickup name %s", name)
    return {"ok": True}, 201
