import os
from flask import Flask, session, redirect, render_template
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import DecimalField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
csrf = CSRFProtect(app)


class TransferForm(FlaskForm):
    to_account = StringField(validators=[DataRequired()])
    amount = DecimalField(validators=[DataRequired(), NumberRange(min=0.01)])


@app.route("/transfer", methods=["GET", "POST"])
def transfer():
    if "user" not in session:
        return redirect("/login")
    form = TransferForm()
    if form.validate_on_submit():
        return redirect("/account")
    return render_template("transfer.html", form=form)
