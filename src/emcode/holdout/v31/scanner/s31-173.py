import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import DecimalField, StringField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


class OfferForm(FlaskForm):
    name = StringField(validators=[DataRequired()])
    amount = DecimalField(validators=[NumberRange(min=1000)])


@app.route("/listings/<int:lid>/offer", methods=["GET", "POST"])
def make_offer(lid):
    form = OfferForm()
    if form.validate_on_submit():
        from .offers import record_offer
        record_offer(lid, form.name.data, form.amount.data)
        return redirect(url_for("make_offer", lid=lid))
    return render_template("offer.html", form=form, lid=lid)
