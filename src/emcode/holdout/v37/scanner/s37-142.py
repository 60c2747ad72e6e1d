import os

from flask import Flask, redirect, request
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["SECRET_KEY"]
csrf = CSRFProtect(app)


@app.post("/profile/email")
def change_email():
    new_email = request.form["email"]
    # update the logged-in member's address here
    return redirect("/profile")
