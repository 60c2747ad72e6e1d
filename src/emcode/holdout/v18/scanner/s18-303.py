from jinja2 import select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from flask import Flask, request

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=select_autoescape(default=True, default_for_string=True))


@app.route("/emails/preview", methods=["POST"])
def preview_email():
    source = request.form.get("template", "")[:5000]
    tpl = env.from_string(source)
    return tpl.render(customer={"name": "Sample Customer"}, order_id=1234)
