from flask import Flask, request, jsonify
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


@app.post("/events/<int:event_id>/preview-email")
def preview_email(event_id):
    tmpl_src = request.form["template"]
    rendered = env.from_string(tmpl_src).render(event_id=event_id, buyer="Sam Example")
    return jsonify(preview=rendered)
