import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("gym.signup")


@app.post("/signup")
def signup():
    email = request.form.get("email", "")
    domain = email.rpartition("@")[2].lower()
    if not domain.replace(".", "").replace("-", "").isalnum():
        return {"error": "invalid email"}, 400
    log.info("new signup from domain %s", domain)
    return {"ok": True}, 201
