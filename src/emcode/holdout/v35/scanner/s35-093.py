import random

from flask import Flask, request

app = Flask(__name__)
pending = {}


@app.post("/subscribe")
def subscribe():
    email = request.form["email"].strip().lower()
    code = str(random.randint(100000, 999999))
    pending[email] = code
    # mailer.send(email, f"Your confirmation code is {code}")
    return {"status": "check your inbox"}


@app.post("/subscribe/confirm")
def confirm():
    email = request.form["email"].strip().lower()
    if pending.get(email) and request.form.get("code") and pending[email] == request.form["code"]:
        del pending[email]
        return {"status": "confirmed"}
    return {"status": "invalid code"}, 400
