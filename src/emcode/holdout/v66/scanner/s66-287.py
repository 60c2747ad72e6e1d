import os

from flask import Flask, redirect, render_template, url_for
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from wtforms import StringField, SubmitField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


class RequestForm(FlaskForm):
    song = StringField("Song", validators=[DataRequired(), Length(max=120)])
    submit = SubmitField("Request")


@app.route("/request", methods=["GET", "POST"])
def song_request():
    form = RequestForm()
    if form.validate_on_submit():
        queue_song(form.song.data)
        return redirect(url_for("song_request"))
    return render_template("request.html", form=form)


def queue_song(title):
    pass
