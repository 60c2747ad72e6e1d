import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import BooleanField, SelectField, SubmitField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class PrefsForm(FlaskForm):
    frequency = SelectField("Frequency", choices=[("daily", "Daily"), ("weekly", "Weekly"), ("monthly", "Monthly")])
    html_email = BooleanField("HTML e-mail")
    submit = SubmitField("Save")


@app.route("/settings", methods=["GET", "POST"])
def settings():
    form = PrefsForm()
    if form.validate_on_submit():
        # prefs.save(current_user, form.frequency.data, form.html_email.data)
        return redirect(url_for("settings"))
    return render_template("settings.html", form=form)
