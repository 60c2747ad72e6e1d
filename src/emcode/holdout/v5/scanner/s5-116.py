import secrets
from flask import Flask, make_response

app = Flask(__name__)

@app.route("/start")
def start():
    resp = make_response("started")
    resp.set_cookie("sid", secrets.token_urlsafe(32), secure=True, httponly=True, samesite="Lax")
    return resp
