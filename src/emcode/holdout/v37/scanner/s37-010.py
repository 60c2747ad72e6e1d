from flask import Flask, redirect, request, session, url_for

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("pin") and check_pin(request.form["pin"]):
        session["staff"] = True
        return redirect(request.args.get("next") or url_for("dashboard"))
    return redirect(url_for("login_form"))


def check_pin(pin):
    return False
