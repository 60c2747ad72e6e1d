from flask import Flask, request, redirect, session, render_template

app = Flask(__name__)


@app.route("/walker/login", methods=["GET", "POST"])
def walker_login():
    if request.method == "POST":
        from .auth import check
        if check(request.form["user"], request.form["pw"]):
            session["walker"] = request.form["user"]
            return redirect(request.args.get("next", "/"))
        return render_template("login.html", error="Wrong login")
    return render_template("login.html")


@app.route("/walker/logout")
def walker_logout():
    session.pop("walker", No
