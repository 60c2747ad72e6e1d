import os

from flask import Flask, request, session, redirect, abort
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
csrf = CSRFProtect(app)
BALANCES = {}


@app.route("/wallet/transfer", methods=["POST"])
def transfer():
    uid = session.get("uid")
    if uid is None:
        abort(401)
    to = request.form["to"]
    amount = int(request.form["amount"])
    if amount <= 0 or BALANCES.get(uid, 0) < amount:
        abort(400)
    BALANCES[uid] -= amount
    BALANCES[to] = BALANCES.get(to, 0) + amount
    return redirect("/wallet")
