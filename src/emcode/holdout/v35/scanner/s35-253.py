import hmac
import secrets

from flask import Flask, request

app = Flask(__name__)
pending = {}


@app.post("/subscribe")
def subscribe():
    email = request.form["email"].strip().lower()
    code = f"{secrets.randbelow(10**6):06d}"
    pending[email] = code
    # mailer.send(email, f"Your confirmation code is {code}")
    return {"status": "check your inbox"}


@app.post("/subscribe/confirm")
def confirm():
    email = request.form["email"].strip().lower()
    expected = pending.get(email)
    given = request.form.get("code", "")
    if expected and hmac.compare_digest(expected, given):
        del pending[email]
        return {"status": "confirmed"}
    return {"status": "invalid code"}, 400
