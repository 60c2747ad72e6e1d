import logging

from flask import Flask, request

app = Flask(__name__)
logging.basicConfig(filename="audit.log", level=logging.INFO)


@app.post("/reset")
def reset():
    user = request.form.get("user", "")
    logging.info("Password reset requested for " + user)
    return "If the account exists you will get an email"
