from jinja2 import Template
from flask import Flask, request

app = Flask(__name__)

@app.post("/render")
def render():
    src = request.form["template"]
    return Template(src).render(user="guest")
