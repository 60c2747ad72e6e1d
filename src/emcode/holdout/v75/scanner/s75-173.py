import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import CSRFProtect, FlaskForm
from wtforms import IntegerField
from wtforms.validators import NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


class TopUpForm(FlaskForm):
    amount = IntegerField("Amount", validators=[NumberRange(min=5, max=200)])


@app.route("/wallet/topup", methods=["GET", "POST"])
def topup():
    form = TopUpForm()
    if form.validate_on_submit():
        return redirect(url_for("topup"))
    return render_template("topup.html", form=form)
