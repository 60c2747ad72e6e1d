from flask import Flask, request, session, redirect
from flask_wtf import CSRFProtect
import os

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]
csrf = CSRFProtect(app)
BALANCES = {}


@app.route("/transfer", methods=["POST"])
def transfer():
    uid = session.get("uid")
    if uid is None:
        return redirect("/login")
    to = request.form["to"]
    amount = int(request.form["amount"])
    if amount <= 0 or amount > BALANCES.get(uid, 0):
        return "invalid amount", 400
    BALANCES[uid] -= amount
    BALANCES[to] = BALANCES.get(to, 0) + amount
    return redirect("/account")
