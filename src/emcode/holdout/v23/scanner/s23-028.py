from flask import Flask, request, redirect, session, render_template_string
from werkzeug.security import check_password_hash
import os

app = Flask(__name__)
app.secret_key = os.environ["APP_SECRET"]
USERS = {"nurse1": "pbkdf2:sha256:600000$abc$..."}

FORM = "<form method=post><input name=user><input name=pw type=password><button>Sign in</button></form>"


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template_string(FORM)
    user = request.form.get("user", "")
    if user in USERS and check_password_hash(USERS[user], request.form.get("pw", "")):
        session["user"] = user
        target = request.args.get("next", "/")
        return redirect(target)
    return "Invalid credentials", 401
