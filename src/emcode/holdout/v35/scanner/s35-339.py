import hashlib
import secrets
import time

from flask import Flask, request

app = Flask(__name__)
RESETS: dict[str, tuple[str, float]] = {}
TTL = 30 * 60


@app.post("/password/forgot")
def forgot():
    email = request.form.get("email", "").strip().lower()
    token = secrets.token_urlsafe(32)
    RESETS[hashlib.sha256(token.encode()).hexdigest()] = (email, time.time() + TTL)
    # send_mail(email, f"https://newsletterhub.example/reset?token={token}")
    return {"status": "if the address exists, a link was sent"}


@app.post("/password/reset")
def reset():
    token = request.form.get("token", "")
    entry = RESETS.pop(hashlib.sha256(token.encode()).hexdigest(), None)
    if entry is None or entry[1] < time.time():
        return {"error": "invalid or expired link"}, 400
    # users.set_password(entry[0], request.form["password"])
    return {"status": "password changed"}
