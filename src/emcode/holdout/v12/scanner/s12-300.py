import os
from flask import Flask, request, session, redirect, url_for, render_template_string
from flask_wtf import FlaskForm
from wtforms import DecimalField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class TransferForm(FlaskForm):
    to_account = StringField(validators=[DataRequired()])
    amount = DecimalField(validators=[NumberRange(min=0.01, max=10000)])


@app.route("/transfer", methods=["GET", "POST"])
def transfer():
    if "user" not in session:
        return redirect(url_for("login"))
    form = TransferForm()
    if form.validate_on_submit():
        move_money(session["user"], form.to_account.data, form.amount.data)
        return redirect(url_for("transfer"))
    return render_template_string("<form method=post>{{ form.to_account() }}{{ form.amount() }}<button>Send</button></form>", form=form)


def move_money(src, dst, amount):
    print("transfer", src, dst, amount)


@app.route("/login")
def login():
    return "login page"
