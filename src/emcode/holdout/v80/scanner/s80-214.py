from jinja2 import Environment, select_autoescape
from flask import Flask, request

app = Flask(__name__)
env = Environment(autoescape=select_autoescape(default=True))
CONFIRM = env.from_string("<h1>Booking confirmed for {{ client }}</h1><p>{{ when }}</p>")


@app.route("/tuning/confirm")
def confirm():
    client = request.args.get("client", "")
    return CONFIRM.render(client=client, when="Tuesday 10:00")
