from flask import Flask, request, jsonify
from jinja2.sandbox import SandboxedEnvironment
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=True)


@app.post("/reminders/preview")
def preview_reminder():
    body = request.form["body"]
    sample = {"owner": "Sam", "pet": "Rex", "due": "12 May"}
    try:
        text = env.from_string(body).render(**sample)
    except (TemplateSyntaxError, SecurityError):
        return jsonify({"error": "template not allowed"}), 400
    return jsonify({"preview": text})
