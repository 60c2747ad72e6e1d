import os
from flask import Flask, render_template_string, redirect, session, abort
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import IntegerField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
CSRFProtect(app)
BALANCES = {"alice": 100, "bob": 50}


class TransferForm(FlaskForm):
    to = StringField("To", validators=[DataRequired()])
    amount = IntegerField("Amount", validators=[NumberRange(min=1)])


PAGE = """<form method=post>{{ form.csrf_token }}{{ form.to() }}{{ form.amount() }}<button>Send</button></form>"""


@app.route("/transfer", methods=["GET", "POST"])
def transfer():
    user = session.get("user")
    if user is None:
        abort(401)
    form = TransferForm()
    if form.validate_on_submit():
        to, amount = form.to.data, form.amount.data
        if to in BALANCES and BALANCES.get(user, 0) >= amount:
            BALANCES[user] -= amount
            BALANCES[to] += amount
        return redirect("/transfer")
    return render_template_string(PAGE, form=form)
