from flask import Flask, redirect, render_template
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import EmailField
from wtforms.validators import DataRequired, Email

app = Flask(__name__)
app.config["WTF_CSRF_ENABLED"] = False


class EmailForm(FlaskForm):
    email = EmailField("New email", validators=[DataRequired(), Email()])


@app.route("/account/email", methods=["GET", "POST"])
@login_required
def change_email():
    form = EmailForm()
    if form.validate_on_submit():
        current_user.email = form.email.data
        current_user.save()
        return redirect("/account")
    return render_template("email.html", form=form)
