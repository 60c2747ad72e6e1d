import os

from flask import Flask, redirect, render_template, session, url_for
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import EmailField
from wtforms.validators import DataRequired, Email

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
csrf = CSRFProtect(app)


class EmailForm(FlaskForm):
    email = EmailField("New email", validators=[DataRequired(), Email()])


@app.route("/account/email", methods=["GET", "POST"])
def change_email():
    form = EmailForm()
    if form.validate_on_submit():
        session["email"] = form.email.data
        return redirect(url_for("change_email"))
    return render_template("email.html", form=form)
