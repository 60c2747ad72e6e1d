import html

from flask import Flask, request

app = Flask(__name__)

CARD = """<div class="courier-card">
  <h3>{name}</h3>
  <p>Vehicle: {vehicle}</p>
</div>"""


@app.get("/couriers/card")
def card():
    name = html.escape(request.args.get("name", ""))
    vehicle = html.escape(request.args.get("vehicle", "bicycle"))
    return CARD.format(name=name, vehicle=vehicle)
