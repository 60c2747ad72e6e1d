from flask import Flask, render_template, request, redirect, url_for
from flask_login import LoginManager, login_required, current_user
from flask_wtf import CSRFProtect
import os

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)
login = LoginManager(app)


@app.route("/account/email", methods=["POST"])
@login_required
def change_email():
    current_user.email = request.form["email"]
    current_user.save()
    return redirect(url_for("account"))
