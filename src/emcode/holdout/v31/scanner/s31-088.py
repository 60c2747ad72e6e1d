import traceback

from flask import Flask, jsonify, request

from .payroll import run_payroll

app = Flask(__name__)


@app.post("/payroll/run")
def start_run():
    try:
        result = run_payroll(request.get_json()["period"])
        return jsonify(result)
    except Exception as exc:
        return jsonify(error=str(exc), trace=traceback.format_exc()), 500
