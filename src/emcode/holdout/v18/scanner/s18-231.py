import random
import time

from flask import Flask, make_response, request

app = Flask(__name__)
SESSIONS = {}


@app.route("/start", methods=["POST"])
def start():
    random.seed(time.time())
    sid = "%032x" % random.getrandbits(128)
    SESSIONS[sid] = {"user": request.form.get("user")}
    resp = make_response("started")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
