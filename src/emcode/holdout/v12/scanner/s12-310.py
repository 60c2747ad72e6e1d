import os
from flask import Flask, session, redirect, url_for, render_template_string
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import DecimalField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"], SESSION_COOKIE_SECURE=True,
                  SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")
csrf = CSRFProtect(app)

PAGE = """<form method=post>{{ form.hidden_tag() }}{{ form.to_account() }}{{ form.amount() }}<button>Send</button></form>"""


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
    return render_template_string(PAGE, form=form)


def move_money(src, dst, amount):
    print("transfer", src, dst, amount)


@app.route("/login")
def login():
    return "login page"
