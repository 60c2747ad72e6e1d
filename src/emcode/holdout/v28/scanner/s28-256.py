import os

from flask import Flask, render_template, request, redirect, session, url_for, abort
from flask_wtf.csrf import CSRFProtect

from .bookings import check_out

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
app.config["SESSION_COOKIE_SECURE"] = True
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
csrf = CSRFProtect(app)


@app.route("/checkout", methods=["GET", "POST"])
def checkout():
    if "guest_id" not in session:
        abort(401)
    if request.method == "POST":
        check_out(session["guest_id"], request.form.get("feedback", ""))
        return redirect(url_for("thanks"))
    return render_template("checkout.html")


@app.route("/thanks")
def thanks():
    return render_template("thanks.html")
