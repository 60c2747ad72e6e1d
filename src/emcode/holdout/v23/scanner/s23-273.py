import logging
import os
import requests
from flask import Flask, request, session, redirect

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]
log = logging.getLogger("oauth")
TOKEN_URL = "https://auth.example.com/oauth/token"


@app.route("/oauth/callback")
def callback():
    code = request.args.get("code", "")
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "authorization_code", "code": code,
        "client_id": os.environ["OAUTH_CLIENT_ID"], "client_secret": os.environ["OAUTH_CLIENT_SECRET"],
    }, timeout=10)
    resp.raise_for_status()
    tok = resp.json()
    session["access_token"] = tok["access_token"]
    log.info("oauth login user=%s expires_in=%s", tok.get("user_id"), tok.get("expires_in"))
    return redirect("/")
