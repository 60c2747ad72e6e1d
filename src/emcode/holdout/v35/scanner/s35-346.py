import os

from flask import Flask, flash, redirect, render_template, request, url_for
from flask_wtf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
CSRFProtect(app)

bookings = []


@app.get("/book")
def book_form():
    return render_template("book.html")


@app.post("/book")
def book():
    name = request.form.get("name", "").strip()
    bike = request.form.get("bike", "").strip()
    if not name or not bike:
        flash("Name and bike are required")
        return redirect(url_for("book_form"))
    bookings.append({"name": name, "bike": bike})
    return redirect(url_for("booked", n=len(bookings)))


@app.get("/booked/<int:n>")
def booked(n):
    return render_template("booked.html", n=n)
