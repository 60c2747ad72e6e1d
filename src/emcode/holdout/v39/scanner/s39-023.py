import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/screening/run")
def run_screening():
    try:
        income = float(request.form["income"])
        rent = float(request.form["rent"])
        return {"ratio": round(rent / income, 3)}
    except (KeyError, ValueError, ZeroDivisionError):
        log.exception("screening ratio failed")
        return {"error": "invalid income or rent"}, 400
