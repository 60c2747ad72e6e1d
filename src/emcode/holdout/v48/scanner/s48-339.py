from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.get("/logout")
def logout():
    session.clear()
    return redirect(request.args.get("next", "/"))


@app.get("/")
def index():
    return "<h1>Tutor portal</h