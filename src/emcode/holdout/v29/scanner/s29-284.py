import logging
import os

from flask import Flask, request, session, redirect
from werkzeug.security import check_password_hash

from .db import get_member

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
log = logging.getLogger("auth")


@app.post("/login")
def login():
    card = request.form["card"]
    pin = request.form["pin"]
    log.debug("login attempt card=%s pin=%s", card, pin)
    member = get_member(card)
    if member and check_password_hash(member.pin_hash, pin):
        session["member"] = member.id
        return redirect("/account")
    return redirect("/login?failed=1")
