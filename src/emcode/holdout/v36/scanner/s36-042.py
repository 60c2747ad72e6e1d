import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("clinic.auth")


@app.post("/staff/login")
def staff_login():
    form = request.form.to_dict()
    log.info("login attempt %s", form)
    from .auth import check
    if check(form.get("username"), form.get("password")):
        return {"ok": True}
    return {"ok": False}, 401
