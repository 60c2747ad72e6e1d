from flask import Flask, request, redirect, url_for, flash
import os

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
RETURN_TO = {"profile": "profile", "billing": "billing", "home": "home"}


@app.post("/settings")
def save_settings():
    flash("Settings saved")
    endpoint = RETURN_TO.get(request.form.get("return_to", "home"), "home")
    return redirect(url_for(endpoint))


@app.get("/")
def home():
    return "home"


@app.get("/profile")
def profile():
    return "profile"


@app.get("/billing")
def billing():
    return "billing"
