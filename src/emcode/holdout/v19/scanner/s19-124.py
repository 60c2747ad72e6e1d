import os
from flask import Flask, render_template, redirect
from flask_wtf import FlaskForm
from wtforms import BooleanField, SubmitField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class NewsletterForm(FlaskForm):
    weekly = BooleanField("Weekly digest")
    product = BooleanField("Product news")
    submit = SubmitField("Save")


@app.route("/settings/newsletter", methods=["GET", "POST"])
def newsletter():
    form = NewsletterForm()
    if form.validate_on_submit():
        return redirect("/settings")
    return render_template("newsletter.html", form=form)
