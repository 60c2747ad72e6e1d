from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/mail/render", methods=["POST"])
def render_mail():
    tpl = Template(request.form["template"])
    return tpl.render(customer="Alice", order="A-100")
