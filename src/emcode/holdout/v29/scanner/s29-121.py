import logging

from flask import Flask, request, jsonify

from .pricing import quote_premium

app = Flask(__name__)
log = logging.getLogger(__name__)

FIELDS = {"age", "vehicle_value", "postcode", "no_claims_years"}


@app.post("/quotes")
def quote():
    data = request.get_json(silent=True) or {}
    try:
        premium = quote_premium(**{k: data[k] for k in FIELDS})
    except KeyError:
        return jsonify(error="missing field"), 400
    except Exception:
        log.exception("premium quote failed")
        return jsonify(error="internal error"), 500
    return jsonify(premium=premium)
