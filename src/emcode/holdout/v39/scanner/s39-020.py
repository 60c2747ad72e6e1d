import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/screening/run")
def run_screening():
    try:
        income = float(request.form["income"])
        rent = float(request.form["rent"])
        return {"ratio": round(rent / income, 3)}
    except Exception:
        return {"error": traceback.format_exc()}, 500
