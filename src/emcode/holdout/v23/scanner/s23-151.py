from flask import Flask, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/reminders/preview", methods=["POST"])
def preview():
    tpl = request.form["template"]
    return Template(tpl).render(patient="Jane Doe", when="Monday 09:00")
