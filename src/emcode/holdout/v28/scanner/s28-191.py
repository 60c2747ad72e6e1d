from flask import Flask, request, jsonify
from jinja2 import Template

app = Flask(__name__)


@app.post("/reminders/preview")
def preview_reminder():
    body = request.form["body"]
    sample = {"owner": "Sam", "pet": "Rex", "due": "12 May"}
    text = Template(body).render(**sample)
    return jsonify({"preview": text})
