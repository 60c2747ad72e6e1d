import os

from flask import Flask, render_template, redirect
from flask_wtf import FlaskForm
from wtforms import IntegerField, StringField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class DonationForm(FlaskForm):
    item = StringField("Item", validators=[DataRequired()])
    qty = IntegerField("Quantity", validators=[DataRequired()])


@app.route("/donate", methods=["GET", "POST"])
def donate():
    form = DonationForm()
    if form.validate_on_submit():
        return redirect("/thanks")
    return render_template("donate.html", form=form)
