import logging
import os

import requests
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")
IDP = "https://id.risecrumb.co.uk/oauth/token"


@app.route("/login", methods=["POST"])
def login():
    r = requests.post(IDP, data={"grant_type": "password", "username": request.form["email"],
                                 "password": request.form["password"],
                                 "client_id": os.environ["OAUTH_CLIENT_ID"]}, timeout=10)
    if r.status_code != 200:
        log.warning("login failed (status %d)", r.status_code)
        return "invalid", 401
    token = r.json()["access_token"]
    log.info("login ok, token ...%s", token[-4:])
    return {"token": token}
