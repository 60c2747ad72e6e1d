import os

from flask import Flask, request, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.route("/email", methods=["POST"])
def change_email():
    new_email = request.form["email"]
    update_email(session["uid"], new_email)
    return {"ok": True}


def update_email(uid, email):
    pass
