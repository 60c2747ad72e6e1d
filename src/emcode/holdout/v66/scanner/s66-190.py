import os

from flask import Flask, redirect, session
from flask_wtf import FlaskForm
from wtforms import StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class SlotForm(FlaskForm):
    slot = StringField("slot")


@app.route("/shows/claim", methods=["GET", "POST"])
def claim():
    form = SlotForm()
    if form.validate_on_submit():
        session.setdefault("claimed", []).append(form.slot.data)
        return redirect("/shows")
    return "<form method=post><input name=slot><button>Claim</button></form>"
