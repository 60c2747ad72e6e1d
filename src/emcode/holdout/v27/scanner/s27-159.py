from flask import Flask, request, render_template, flash, redirect, url_for
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/checkin", methods=["POST"])
def checkin():
    name = request.form.get("name", "")
    flash(f"Checked in {name}")
    return redirect(url_for("desk"))


@app.route("/desk")
def desk():
    return render_template("desk.html")
