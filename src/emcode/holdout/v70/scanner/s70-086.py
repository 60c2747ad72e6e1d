import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/plots")
def create():
    payload = request.get_json(silent=True) or {}
    try:
        item_id = int(payload["id"])
    except (KeyError, TypeError, ValueError):
        return {"error": "id must be an integer"}, 400
    except Exception:
        log.exception("unexpected error creating plot")
        return {"error": "internal error"}, 500
    return {"id": item_id}
