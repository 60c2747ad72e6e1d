from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.get("/logout")
def logout():
    session.clear()
    return redirect(request.args.get("next", "/"))


@app.get("/")
def home():
    if "uid" in session:
        return "Welcome back"
    return "Please log i