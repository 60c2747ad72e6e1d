import os

from flask import Flask, redirect, render_template, url_for
from flask_login import LoginManager, login_required
from flask_wtf import FlaskForm
from wtforms import HiddenField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
login = LoginManager(app)
ITEMS = {"1": "Drill", "2": "Saw"}


class DeleteForm(FlaskForm):
    item_id = HiddenField(validators=[DataRequired()])


@app.route("/items/delete", methods=["POST"])
@login_required
def delete_item():
    form = DeleteForm()
    if not form.validate_on_submit():
        return render_template("items.html", items=ITEMS, error="invalid request"), 400
    ITEMS.pop(form.item_id.data, None)
    return redirect(url_for("list_items"))


@app.route("/items")
@login_required
def list_items():
    return render_template("items.html", items=ITEMS, form=DeleteForm())
