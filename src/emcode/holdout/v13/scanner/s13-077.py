import os
from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
BAL = {"alice": 100}

@app.route("/transfer", methods=["POST"])
def transfer():
    amount = int(request.form["amount"])
    if amount <= 0 or amount > BAL.get("alice", 0):
        return {"error": "bad amount"}, 400
    BAL["alice"] -= amount
    return {"ok": True}
