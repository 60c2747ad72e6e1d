import logging

from flask import Flask, request

from .staff import verify

app = Flask(__name__)
log = logging.getLogger("pharmacy.auth")


@app.post("/staff/login")
def staff_login():
    badge = request.form.get("badge", "")
    pin = request.form.get("pin", "")
    ok = verify(badge, pin)
    log.info("staff login badge=%r ok=%s", badge, ok)
    if not ok:
        return {"ok": False}, 401
    return {"ok": True}
