from string import Template

from flask import Flask, request

app = Flask(__name__)


@app.post("/thank-you/preview")
def thank_you():
    template = request.form.get("template", "Dear $name, thank you!")
    name = request.form.get("name", "friend")
    return {"text": Template(template).safe_substitute(name=name)}
