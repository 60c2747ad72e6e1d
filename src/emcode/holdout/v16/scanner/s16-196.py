import os
from flask import Flask, request, session, redirect
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)

BALANCES = {}


@app.post("/transfer")
def transfer():
    src = session["user"]
    amount = int(request.form["amount"])
    BALANCES[src] = BALANCES.get(src, 0) - amount
    BALANCES[request.form["to"]] = BALANCES.get(request.form["to"], 0) + amount
    return redirect("/account")
