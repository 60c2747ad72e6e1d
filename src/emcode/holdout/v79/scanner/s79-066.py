import random
import time

from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    sid = "%x%x" % (int(time.time()), random.getrandbits(32))
    SESSIONS[sid] = request.form["user"]
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
