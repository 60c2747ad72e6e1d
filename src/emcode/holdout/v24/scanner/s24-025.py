from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=True)
RECEIPT = env.from_string("""
<div class="receipt">
  <p>Ticket for {{ plate }}</p>
  <p>Entered {{ entered }}, paid {{ amount }}</p>
</div>
""")


@app.route("/receipt")
def receipt():
    return RECEIPT.render(plate=request.args.get("plate", ""), entered=request.args.get("entered", ""),
                          amount=request.args.get("amount", "0.00"))
