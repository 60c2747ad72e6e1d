import logging

from flask import Flask, request

app = Flask(__name__)


@app.post("/reset")
def reset():
    user = request.form.get("user", "")
    clean_user = user.replace("\r", "\\r").replace("\n", "\\n")
    logging.info("Password reset requested for %s", clean_user)
    return "If the account exists you will get an email"
