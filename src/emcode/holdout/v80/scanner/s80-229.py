import traceback

from flask import Flask, request

from .pricing import compute_tariff

app = Flask(__name__)


@app.get("/carpark/tariff")
def tariff():
    try:
        return {"gbp": compute_tariff(request.args["zone"], int(request.args["minutes"]))}
    except Exception:
        return {"error": traceback.format_exc()}, 500
