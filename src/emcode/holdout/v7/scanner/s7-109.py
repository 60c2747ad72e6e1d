import os
from flask import Flask, request, session, redirect
from flask_wtf import FlaskForm
from wtforms import DecimalField, StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class TransferForm(FlaskForm):
    to_account = StringField()
    amount = DecimalField()


@app.route("/transfer", methods=["POST"])
def transfer():
    form = TransferForm()
    if "user" not in session or not form.validate_on_submit():
        return "bad request", 400
    ledger_transfer(session["user"], form.to_account.data, form.amount.data)
    return redirect("/account")


def ledger_transfer(src, dst, amount):
    print(f"moving {amount} to {dst}")
