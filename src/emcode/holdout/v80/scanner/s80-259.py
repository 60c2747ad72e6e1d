from flask import Flask, request

from .config import settings

app = Flask(__name__)


class Reminder:
    def __init__(self, client, when):
        self.client = client
        self.when = when
        self.settings = settings


@app.post("/reminders/preview")
def preview():
    template = request.form.get("template", "Hi {r.client}, your tuning is at {r.when}")
    r = Reminder(request.form.get("client", ""), "Tue 10:00")
    return {"text": template.format(r=r)}
