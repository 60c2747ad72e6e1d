from flask import Flask, request, redirect, session, render_template_string
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]
USERS = {"ops": "pbkdf2:sha256:600000$abc$..."}


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template_string("<form method=post><input name=u><input name=p type=password></form>")
    user = request.form.get("u")
    if user in USERS and check_password_hash(USERS[user], request.form.get("p", "")):
        session["user"] = user
        dest = request.args.get("next") or "/"
        return redirect(dest)
    return "bad login", 401
