import os

from flask import Flask, render_template, session, redirect
from flask_wtf import FlaskForm
from wtforms import IntegerField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET"]


class TransferForm(FlaskForm):
    to_member = IntegerField(validators=[DataRequired()])
    miles = IntegerField(validators=[DataRequired(), NumberRange(min=1, max=100000)])


@app.route("/miles/transfer", methods=["GET", "POST"])
def transfer():
    if "member_id" not in session:
        return redirect("/login")
    form = TransferForm()
    if form.validate_on_submit():
        session.setdefault("transfers", []).append((form.to_member.data, form.miles.data))
        session.modified = True
        return redirect("/miles")
    return render_template("transfer.html", form=form)
