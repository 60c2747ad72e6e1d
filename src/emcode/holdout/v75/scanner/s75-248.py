from flask import Flask, redirect, request, session, render_template
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/checkin", methods=["GET", "POST"])
def checkin():
    if request.method == "POST":
        session["member_id"] = request.form["member_id"]
        return redirect(request.args.get("next") or "/")
    return render_template("checkin.html")


@app.route("/logout")
def logout():
    session.pop("member_id", None)
    return redirect("/chec