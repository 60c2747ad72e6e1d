import os
from flask import Flask, render_template, request, session, redirect, url_for, abort
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET"]
csrf = CSRFProtect(app)


@app.route("/credits/transfer", methods=["GET", "POST"])
def transfer():
    if "uid" not in session:
        abort(401)
    if request.method == "POST":
        amount = int(request.form["amount"])
        if amount <= 0:
            abort(400)
        # move_credit does its own balance checks inside a transaction
        from .ledger import move_credit
        move_credit(session["uid"], request.form["to"], amount)
        return redirect(url_for("transfer"))
    return render_template("transfer.html")
