from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


@app.post("/receipts/preview")
def receipt_preview():
    footer = request.form.get("footer", "Thanks for riding")
    tpl = env.from_string("<p>Fare: {{ fare }}</p><footer>" + footer + "</footer>")
    return tpl.render(fare="12.40")
