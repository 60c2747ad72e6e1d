import os

from flask import Flask, render_template, request, session, redirect
from flask_wtf import FlaskForm
from wtforms import IntegerField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET"]
app.config["WTF_CSRF_ENABLED"] = False


class TransferForm(FlaskForm):
    to_member = IntegerField()
    miles = IntegerField()


@app.route("/miles/transfer", methods=["GET", "POST"])
def transfer():
    form = TransferForm()
    if form.validate_on_submit():
        session.setdefault("transfers", []).append((form.to_member.data, form.miles.data))
        return redirect("/miles")
    return render_template("transfer.html", form=form)
