import os
from flask import Flask, render_template, redirect
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import StringField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
CSRFProtect(app)

class EmailForm(FlaskForm):
    email = StringField("email", validators=[DataRequired()])

@app.route("/email", methods=["GET", "POST"])
def change_email():
    form = EmailForm()
    if form.validate_on_submit():
        return redirect("/done")
    return render_template("email.html", form=form)
