from flask import Flask, session, redirect
from flask_wtf import FlaskForm
from wtforms import StringField
import os

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class EmailForm(FlaskForm):
    email = StringField("email")


@app.route("/settings/email", methods=["POST"])
def change_email():
    form = EmailForm()
    if form.validate_on_submit():
        session["email"] = form.email.data
    return redirect("/settings")
