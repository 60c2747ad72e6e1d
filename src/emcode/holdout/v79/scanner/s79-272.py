from flask import Flask, request, abort
from jinja2 import Environment, select_autoescape

app = Flask(__name__)
env = Environment(autoescape=select_autoescape(default=True))
LETTERS = {
    "renewal": env.from_string("<p>Dear {{ member }}, your membership renews on {{ date }}.</p>"),
    "welcome": env.from_string("<p>Welcome aboard, {{ member }}!</p>"),
}


@app.post("/letters/preview")
def letter_preview():
    tpl = LETTERS.get(request.form.get("kind", ""))
    if tpl is None:
        abort(404)
    return tpl.render(member=request.form.get("member", ""), date="2025-04-01")
