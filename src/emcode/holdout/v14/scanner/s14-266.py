import logging
from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("audit")


@app.post("/refund")
def refund():
    order = request.form.get("order", "")
    reason = request.form.get("reason", "")
    clean_reason = " ".join(reason.splitlines())[:200]
    audit.info("refund requested order=%r reason=%r", order, clean_reason)
    return {"queued": True}
