from flask import Flask, redirect, request, session

app = Flask(__name__)


@app.post("/login")
def login():
    user = request.form.get("user")
    if user:
        session["user"] = user
    return redirect(request.args.get("next", "/"))
