import logging
from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.post("/refund")
def refund():
    order = request.form.get("order", "")
    reason = request.form.get("reason", "")
    audit.info(f"refund requested order={order} reason={reason}")
    return {"queued": True}
