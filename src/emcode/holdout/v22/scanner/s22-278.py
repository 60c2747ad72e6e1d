from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.route("/logout")
def logout():
    session.clear()
    return redirect(request.args.get("next", "/"))


@app.route("/profile")
def profile():
    if "user" not in session:
        return redirect("/login")
    return {"user": session["us