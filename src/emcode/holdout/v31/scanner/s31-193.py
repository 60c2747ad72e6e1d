import logging

from flask import Flask, jsonify, request

from .payroll import run_payroll

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/payroll/run")
def start_run():
    body = request.get_json(silent=True) or {}
    period = body.get("period")
    if not isinstance(period, str):
        return jsonify(error="period is required"), 400
    try:
        return jsonify(run_payroll(period))
    except Exception:
        log.exception("payroll run failed")
        return jsonify(error="payroll run failed"), 500
