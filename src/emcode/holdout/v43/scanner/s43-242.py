import os

from flask import Flask, redirect, request, url_for, flash, render_template

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/booking", methods=["GET", "POST"])
def booking():
    if request.method == "POST":
        bike = request.form.get("bike_id", type=int)
        if bike is None:
            flash("Choose a bike")
            return redirect(url_for("booking"))
        return redirect(url_for("booking_done", bike_id=bike))
    return render_template("booking.html")


@app.route("/booking/done/<int:bike_id>")
def booking_done(bike_id):
    return render_template("done.html", bike_id=bike_id)
