import os

from flask import Flask, render_template, redirect, url_for
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import DecimalField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


class TransferForm(FlaskForm):
    to_account = StringField("To", validators=[DataRequired()])
    amount = DecimalField("Amount", validators=[DataRequired(), NumberRange(min=0.01)])


@app.route("/transfer", methods=["GET", "POST"])
def transfer():
    form = TransferForm()
    if form.validate_on_submit():
        queue_transfer(form.to_account.data, form.amount.data)
        return redirect(url_for("transfer"))
    return render_template("transfer.html", form=form)


def queue_transfer(account, amount):
    print("queued", account, amount)
