from flask import Flask, request, session
from flask_wtf import FlaskForm
from wtforms import StringField

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False

class TransferForm(FlaskForm):
    to = StringField("to")
    amount = StringField("amount")

@app.route("/transfer", methods=["POST"])
def transfer():
    form = TransferForm()
    if form.validate_on_submit() and "user" in session:
        return f"sent {int(form.amount.data)} units"
    return "bad", 400
