import random
import time

from flask import Flask, request

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    from .auth import check
    if not check(request.form["user"], request.form["password"]):
        return {"ok": False}, 401
    token = "%032x" % random.getrandbits(128)
    SESSIONS[token] = (request.form["user"], time.time())
    return {"ok": True, "tok