import os
from flask import Flask, request, session, redirect, abort
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_HTTPONLY"] = True
csrf = CSRFProtect(app)

BALANCES: dict[str, int] = {}


@app.post("/transfer")
def transfer():
    src = session.get("user")
    if not src:
        abort(401)
    amount = int(request.form["amount"])
    if amount <= 0 or BALANCES.get(src, 0) < amount:
        abort(400)
    dst = request.form["to"]
    BALANCES[src] -= amount
    BALANCES[dst] = BALANCES.get(dst, 0) + amount
    return redirect("/account")
