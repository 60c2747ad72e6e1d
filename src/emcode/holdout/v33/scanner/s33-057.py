import logging

from flask import Flask, request

from .dispense import DispenseError, dispense

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/dispense")
def do_dispense():
    try:
        label = dispense(request.json["rx_number"], request.json["qty"])
        return {"label": label}
    except DispenseError as exc:
        return {"error": exc.public_message}, 409
    except Exception:
        log.exception("dispense failed")
        return {"error": "internal error"}, 500
