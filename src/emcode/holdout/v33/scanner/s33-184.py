import traceback

from flask import Flask, request

from .dispense import dispense

app = Flask(__name__)


@app.post("/dispense")
def do_dispense():
    try:
        label = dispense(request.json["rx_number"], request.json["qty"])
        return {"label": label}
    except Exception:
        return {"error": traceback.format_exc()}, 500
