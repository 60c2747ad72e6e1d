import os

from flask import Flask, redirect, session, url_for
from flask_wtf import FlaskForm
from wtforms import IntegerField
from wtforms.validators import NumberRange

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False


class RefundForm(FlaskForm):
    order_id = IntegerField(validators=[NumberRange(min=1)])


@app.route("/orders/refund", methods=["POST"])
def refund():
    if "uid" not in session:
        return redirect(url_for("login"))
    form = RefundForm()
    if form.validate_on_submit():
        from .orders import refund_order
        refund_order(session["uid"], form.order_id.data)
    return redirect(url_for("orders"))
