import traceback

from flask import Flask, request

app = Flask(__name__)


@app.post("/payouts/run")
def run_payouts():
    try:
        batch = int(request.form["batch"])
        total = 100 / batch
        return {"total": total}
    except Exception:
        return {"error": traceback.format_exc()}, 500
