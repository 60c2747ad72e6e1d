import os

from flask import Flask, redirect, request, url_for
from flask_login import LoginManager, current_user, login_required
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
login = LoginManager(app)


@app.route("/account/email", methods=["POST"])
@login_required
def change_email():
    current_user.email = request.form["email"]
    current_user.save()
    return redirect(url_for("account"))
