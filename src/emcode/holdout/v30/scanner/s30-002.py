import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/applications")
def submit_application():
    data = request.get_json(silent=True) or {}
    try:
        score = float(data["gpa"]) * 25
    except (KeyError, TypeError, ValueError):
        return {"error": "gpa must be a number"}, 400
    except Exception:
        log.exception("unexpected error scoring application")
        return {"error": "internal error"}, 500
    return {"score": score}
