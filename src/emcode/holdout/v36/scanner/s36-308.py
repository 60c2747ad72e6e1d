import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("clinic.auth")
ATTEMPTS = {"ok": 0, "fail": 0}


@app.post("/staff/login")
def staff_login():
    from .auth import check
    ok = check(request.form.get("username"), request.form.get("password"))
    ATTEMPTS["ok" if ok else "fail"] += 1
    log.info("staff login %s (totals ok=%d fail=%d)", "succeeded" if ok else "failed", ATTEMPTS["ok"], ATTEMPTS["fail"])
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)
