from jinja2 import Template
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.post("/newsletter/preview")
def preview():
    data = request.get_json()
    subject_src = data.get("subject", "News from {{ parish }}")
    body_src = "Dear {{ name }}, thank you for your support."
    ctx = {"parish": "St. Anne", "name": "Friend"}
    subject = Template(subject_src).render(**ctx)
    body = Template(body_src).render(**ctx)
    return jsonify(subject=subject, body=body)
