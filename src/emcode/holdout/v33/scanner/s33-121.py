import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("pharmacy.auth")


@app.post("/staff/login")
def staff_login():
    log.info("login attempt: %s", request.form.to_dict())
    badge = request.form.get("badge", "")
    pin = request.form.get("pin", "")
    if not check_pin(badge, pin):
        return {"ok": False}, 401
    return {"ok": True}


def check_pin(badge, pin):
    from .staff import verify
    return verify(badge, pin)
