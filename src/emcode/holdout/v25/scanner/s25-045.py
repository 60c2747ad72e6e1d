import secrets
from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/kiosk/login")
def kiosk_login():
    staff = request.form.get("staff_id", "")
    if not staff.isdigit():
        return "bad id", 400
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = int(staff)
    resp = make_response("", 204)
    resp.set_cookie("sid", sid, httponly=False, secure=False, max_age=30 * 24 * 3600)
    return resp
