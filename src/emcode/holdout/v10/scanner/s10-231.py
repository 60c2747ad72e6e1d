import os
from flask import Flask, render_template, redirect, url_for
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import StringField
from wtforms.validators import DataRequired, Email

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["FLASK_SECRET_KEY"]
csrf = CSRFProtect(app)


class EmailForm(FlaskForm):
    email = StringField("email", validators=[DataRequired(), Email()])


@app.route("/settings/email", methods=["GET", "POST"])
def change_email():
    form = EmailForm()
    if form.validate_on_submit():
        save_email(form.email.data)
        return redirect(url_for("change_email"))
    return render_template("email.html", form=form)


def save_email(addr: str) -> None:
    pass
