from flask import Flask, redirect, request, url_for

app = Flask(__name__)
AFTER_LOGIN = {"dashboard", "workouts", "settings"}


@app.get("/go")
def go():
    target = request.args.get("to", "dashboard")
    if target not in AFTER_LOGIN:
        target = "dashboard"
    return redirect(url_for(target))


@app.get("/dashboard")
def dashboard():
    return "dashboard"


@app.get("/workouts")
def workouts():
    return "workouts"


@app.get("/settings")
def settings():
    return "settings"
