from flask import Flask, request

app = Flask(__name__)


@app.post("/waitlist")
def join_waitlist():
    name = request.form.get("name", "")
    show = request.form.get("show", "")
    from .waitlist import add
    position = add(show, name)
    return f"Thanks {name}! You are number {position} on the waitlist for {show}."
