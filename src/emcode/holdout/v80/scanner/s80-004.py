from string import Template

from flask import Flask, request

app = Flask(__name__)


@app.post("/reminders/preview")
def preview():
    template = Template(request.form.get("template", "Hi $client, your tuning is at $when"))
    values = {"client": request.form.get("client", ""), "when": "Tue 10:00"}
    return {"text": template.safe_substitute(values)}
