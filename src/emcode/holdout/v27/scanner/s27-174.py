import os
from flask import Flask, render_template, redirect, url_for
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import StringField, IntegerField
from wtforms.validators import DataRequired, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
SIGNUPS = []


class SignupForm(FlaskForm):
    team = StringField("Team", validators=[DataRequired()])
    seed = IntegerField("Seed", validators=[NumberRange(min=1, max=64)])


@app.route("/signup", methods=["GET", "POST"])
def signup():
    form = SignupForm()
    if form.validate_on_submit():
        SIGNUPS.append((form.team.data, form.seed.data))
        return redirect(url_for("signup"))
    return render_template("signup.html", form=form)
