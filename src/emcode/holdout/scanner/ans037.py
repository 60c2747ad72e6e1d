from flask import Flask, request, session

app = Flask(__name__)
BALANCES = {}


@app.route("/transfer", methods=["GET", "POST"])
def transfer():
    user = session["user"]
    to = request.values["to"]
    amount = float(request.values["amount"])
    BALANCES[user] = BALANCES.get(user, 0) - amount
    BALANCES[to] = BALANCES.get(to, 0) + amount
    return {"ok": True}
