import os

from flask import Flask, redirect, render_template, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)
SLOTS = []


@app.route("/book", methods=["GET", "POST"])
def book():
    if request.method == "POST":
        SLOTS.append(request.form.get("slot", "")[:20])
        return redirect("/book")
    return render_template("book.html", slots=SLOTS)
