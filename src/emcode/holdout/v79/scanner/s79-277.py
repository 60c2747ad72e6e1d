import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/timetable/generate", methods=["POST"])
def generate():
    try:
        slots = int(request.form["slots"])
    except (KeyError, ValueError):
        return {"error": "slots must be an integer"}, 400
    try:
        return {"grid": [[None] * slots for _ in range(5)]}
    except Exception:
        log.exception("timetable generation failed")
        return {"error": "internal error"}, 500
