import os

from flask import Flask, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.route("/settings/email", methods=["POST"])
def change_email():
    email = request.form.get("email", "")
    if "@" not in email:
        return {"error": "invalid"}, 400
    return {"email": email}
