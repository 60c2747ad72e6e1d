import os

from flask import Flask, redirect, render_template
from flask_wtf import FlaskForm
from wtforms import IntegerField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class TopUpForm(FlaskForm):
    amount = IntegerField("Amount")


@app.route("/wallet/topup", methods=["GET", "POST"])
def topup():
    form = TopUpForm()
    if form.validate_on_submit():
        # credit_wallet(current_rider(), form.amount.data)
        return redirect("/wallet")
    return render_template("topup.html", form=form)
