import os
from flask import Flask, session
from flask_wtf import FlaskForm, CSRFProtect
from wtforms import StringField, IntegerField
from wtforms.validators import DataRequired

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)

class TransferForm(FlaskForm):
    to = StringField("to", validators=[DataRequired()])
    amount = IntegerField("amount", validators=[DataRequired()])

@app.route("/transfer", methods=["POST"])
def transfer():
    form = TransferForm()
    if form.validate_on_submit() and "user" in session:
        return {"sent": form.amount.data}
    return {"error": "invalid"}, 400
