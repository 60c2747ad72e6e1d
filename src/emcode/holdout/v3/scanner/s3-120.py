import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/convert", methods=["POST"])
def convert():
    try:
        amount = float(request.form["amount"])
        rate = lookup_rate(request.form["currency"])
        return {"converted": amount * rate}
    except (KeyError, ValueError):
        return {"error": "invalid amount or currency"}, 400
    except Exception:
        log.exception("conversion failed")
        return {"error": "internal error"}, 500


def lookup_rate(cur):
    return {"EUR": 0.9}[cur]
