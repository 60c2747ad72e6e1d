import os

from flask import Flask, flash, redirect, render_template, session, url_for
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import IntegerField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
CSRFProtect(app)


class LimitForm(FlaskForm):
    limit = IntegerField("Daily limit", validators=[DataRequired(), NumberRange(min=0, max=2000)])


@app.route("/cards/<int:card_id>/limit", methods=["GET", "POST"])
def change_limit(card_id):
    if "uid" not in session:
        return redirect(url_for("login"))
    form = LimitForm()
    if form.validate_on_submit():
        from fleet.cards import set_limit
        set_limit(card_id, form.limit.data, owner=session["uid"])
        flash("Limit updated")
        return redirect(url_for("change_limit", card_id=card_id))
    return render_template("limit.html", form=form, card_id=card_id)


@app.get("/login")
def login():
    return render_template("login.html")
