import os

from flask import Flask, request

app = Flask(__name__)


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY", "")
    SMTP_HOST = "smtp.internal"


class Guest:
    def __init__(self, name):
        self.name = name
        self.config = Config()


@app.post("/thank-you/preview")
def thank_you():
    template = request.form.get("template", "Dear {guest.name}, thank you!")
    g = Guest(request.form.get("name", "friend"))
    return {"text": template.format(guest=g)}
