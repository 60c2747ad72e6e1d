import logging

from flask import Flask, request

from .pricing import compute_tariff

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.get("/carpark/tariff")
def tariff():
    try:
        minutes = int(request.args["minutes"])
        return {"gbp": compute_tariff(request.args["zone"], minutes)}
    except (KeyError, ValueError):
        return {"error": "zone and minutes are required"}, 400
    except Exception:
        log.exception("tariff computation failed")
        return {"error": "internal error"}, 500
