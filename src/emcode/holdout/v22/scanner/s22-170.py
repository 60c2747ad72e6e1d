import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import CSRFProtect, FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


class PurchaseForm(FlaskForm):
    event = StringField("Event", validators=[DataRequired()])
    seats = IntegerField("Seats", validators=[NumberRange(min=1, max=8)])


@app.route("/tickets/buy", methods=["GET", "POST"])
def buy():
    form = PurchaseForm()
    if form.validate_on_submit():
        return redirect(url_for("done", seats=form.seats.data))
    return render_template("buy.html", form=form)


@app.route("/tickets/done")
def done():
    return render_template("done.html")
