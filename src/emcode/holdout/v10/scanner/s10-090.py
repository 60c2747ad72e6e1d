from flask import Flask, request, redirect, session

app = Flask(__name__)


@app.route("/login/callback")
def callback():
    session["user"] = request.args.get("user")
    return redirect(request.args["next"])


@app.route("/logout")
def logout():
    session.clear()
    return redirect(request.args.get("ne