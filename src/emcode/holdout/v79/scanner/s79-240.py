from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


@app.post("/letters/preview")
def letter_preview():
    tpl = env.from_string(request.form["template"])
    return tpl.render(member="A. Sailor", renewal="2025-04-01")
