from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    user = request.form["user"]
    if check_credentials(user, request.form["password"]):
        session["user"] = user
        target = request.args.get("next") or url_for("index")
        return redirect(target)
    return redirect(url_for("login_form"))


def check_credentials(user, password):
    return False
