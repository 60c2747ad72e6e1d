import os

from flask import Flask, render_template, redirect, url_for
from flask_login import login_required, current_user
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class TeamForm(FlaskForm):
    name = StringField("Team name", validators=[DataRequired()])


@app.route("/team/rename", methods=["GET", "POST"])
@login_required
def rename_team():
    form = TeamForm()
    if form.validate_on_submit():
        current_user.team.name = form.name.data
        current_user.team.save()
        return redirect(url_for("rename_team"))
    return render_template("rename.html", form=form)
