import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/register")
def register():
    try:
        from .registrar import enroll
        enroll(request.form["student"], request.form["section"])
        return {"ok": True}
    except Exception:
        log.exception("enrolment failed")
        return {"ok": False, "error": "internal error"}, 500
