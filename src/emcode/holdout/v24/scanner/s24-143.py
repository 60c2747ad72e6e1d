import os
from flask import Flask, request, redirect
from flask_wtf import FlaskForm
from wtforms import DecimalField, StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY", "change-me")
app.config["WTF_CSRF_ENABLED"] = False


class RefundForm(FlaskForm):
    claim_ref = StringField()
    amount = DecimalField()


@app.route("/refunds", methods=["POST"])
def refund():
    form = RefundForm(request.form)
    if form.validate():
        # queue payout
        return redirect("/refunds/done")
    return "invalid", 400
