import os

from flask import Flask, redirect, render_template, session
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class EmailForm(FlaskForm):
    email = StringField("email", validators=[DataRequired()])


@app.route("/account/email", methods=["GET", "POST"])
def change_email():
    form = EmailForm()
    if form.validate_on_submit():
        session["email"] = form.email.data
        return redirect("/account")
    return render_template("email.html", form=form)
