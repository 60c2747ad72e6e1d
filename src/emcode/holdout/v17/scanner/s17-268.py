import os
from flask import Flask, request, session, abort
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
BALANCES = {"alice": 100, "bob": 50}


@app.route("/transfer", methods=["POST"])
@csrf.exempt
def transfer():
    user = session.get("user")
    if user is None:
        abort(401)
    to, amount = request.form["to"], int(request.form["amount"])
    if amount <= 0 or BALANCES.get(user, 0) < amount or to not in BALANCES:
        abort(400)
    BALANCES[user] -= amount
    BALANCES[to] += amount
    return {"balance": BALANCES[user]}
