import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import DecimalField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]


class CampaignForm(FlaskForm):
    title = StringField("Title", validators=[DataRequired(), Length(max=120)])
    goal = DecimalField("Goal", validators=[NumberRange(min=100, max=1_000_000)])
    pitch = TextAreaField("Pitch", validators=[Length(max=5000)])


@app.route("/campaigns/new", methods=["GET", "POST"])
def new_campaign():
    form = CampaignForm()
    if form.validate_on_submit():
        # persist form.data ...
        return redirect(url_for("new_campaign"))
    return render_template("new_campaign.html", form=form)
