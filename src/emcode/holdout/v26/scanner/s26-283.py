from jinja2 import Template
from flask import Flask, request

app = Flask(__name__)


@app.post("/notices/preview")
def preview():
    body = request.form["template"]
    return Template(body).render(tenant="Sample Tenant", unit="4B")
