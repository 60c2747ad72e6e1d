import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/signup")
def signup():
    try:
        age = int(request.form["age"])
    except (KeyError, ValueError):
        return {"error": "age must be a whole number"}, 400
    site = request.form.get("site", "")
    try:
        # registry.enrol(age=age, site=site)
        pass
    except Exception:
        log.exception("enrolment failed")
        return {"error": "internal error"}, 500
    return {"status": "ok"}
