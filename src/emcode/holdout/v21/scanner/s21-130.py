import os
from flask import Flask, render_template, redirect, url_for, session
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import EmailField
from wtforms.validators import DataRequired, Email

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


class EmailForm(FlaskForm):
    email = EmailField("email", validators=[DataRequired(), Email()])


@app.route("/settings/email", methods=["GET", "POST"])
def change_email():
    form = EmailForm()
    if form.validate_on_submit():
        session["email"] = form.email.data
        return redirect(url_for("change_email"))
    return render_template("email.html", form=form)
