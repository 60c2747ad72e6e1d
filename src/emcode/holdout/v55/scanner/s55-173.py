from flask import Flask, request, render_template, redirect, url_for, flash
from flask_wtf import CSRFProtect
import os

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)

TEAMS = []


@app.route("/teams", methods=["GET", "POST"])
def teams():
    if request.method == "POST":
        name = request.form.get("name", "").strip()
        if not name or len(name) > 40:
            flash("Team name must be 1-40 characters")
        else:
            TEAMS.append(name)
            flash(f"Registered {name}")
        return redirect(url_for("teams"))
    return render_template("teams.html", teams=TEAMS)
