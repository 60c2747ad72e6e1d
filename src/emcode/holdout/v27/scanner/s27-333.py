import random
from flask import Flask, make_response

app = Flask(__name__)
SESSIONS = {}


@app.route("/start")
def start():
    sid = str(random.randint(10**9, 10**10))
    SESSIONS[sid] = {"cart": []}
    resp = make_response({"ok": True})
    resp.set_cookie("sid", sid)
    return resp
