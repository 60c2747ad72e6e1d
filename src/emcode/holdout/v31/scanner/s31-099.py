from flask import Flask, request, jsonify
from jinja2.sandbox import SandboxedEnvironment
from jinja2 import TemplateSyntaxError
from jinja2.exceptions import SecurityError

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=True)


@app.post("/events/<int:event_id>/preview-email")
def preview_email(event_id):
    tmpl_src = request.form["template"][:5000]
    try:
        rendered = env.from_string(tmpl_src).render(event_id=event_id, buyer="Sam Example")
    except (TemplateSyntaxError, SecurityError):
        return jsonify(error="template not allowed"), 400
    return jsonify(preview=rendered)
