import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/fares/calc")
def calc():
    try:
        zones = int(request.form["zones"])
        return {"price": 1.8 + 0.6 * (zones - 1)}
    except Exception:
        return {"error": traceback.format_exc()}, 500
