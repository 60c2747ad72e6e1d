import os
from flask import Flask, render_template, redirect, url_for
from flask_wtf import FlaskForm
from wtforms import StringField, IntegerField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET"]


class RefillForm(FlaskForm):
    rx_number = StringField("Prescription", validators=[DataRequired()])
    quantity = IntegerField("Quantity", validators=[NumberRange(min=1, max=90)])


@app.route("/refill", methods=["GET", "POST"])
def refill():
    form = RefillForm()
    if form.validate_on_submit():
        from .queue import enqueue_refill
        enqueue_refill(form.rx_number.data, form.quantity.data)
        return redirect(url_for("refill"))
    return render_template("refill.html", form=form)
