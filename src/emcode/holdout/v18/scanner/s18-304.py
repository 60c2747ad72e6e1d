from jinja2 import Template
from flask import Flask, request

app = Flask(__name__)


@app.route("/emails/preview", methods=["POST"])
def preview_email():
    source = request.form.get("template", "")
    return Template(source).render(customer={"name": "Sample Customer"}, order_id=1234)
