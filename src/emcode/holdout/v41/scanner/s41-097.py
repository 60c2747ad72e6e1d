import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/visits")
def add_visit():
    try:
        data = request.get_json()
        weight = float(data["weight_kg"])
        return {"ok": True, "weight": weight}
    except (KeyError, TypeError, ValueError):
        return {"error": "weight_kg must be a number"}, 400
    except Exception:
        log.exception("failed to add visit")
        return {"error": "internal error"}, 500
