from flask import Flask, request, redirect, session, url_for

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.route("/login", methods=["POST"])
def login():
    if request.form.get("pin") == "":
        return redirect(url_for("login_form"))
    session["user"] = request.form["user"]
    dest = request.args.get("next") or url_for("index")
    return redirect(dest)
