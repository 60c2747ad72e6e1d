import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/payouts/run")
def run_payouts():
    try:
        batch = int(request.form["batch"])
        total = 100 / batch
        return {"total": total}
    except (KeyError, ValueError, ZeroDivisionError):
        log.exception("payout run failed")
        return {"error": "invalid batch"}, 400
