from flask import Flask, render_template_string, request

app = Flask(__name__)

CARD = """
<div class="member-card">
  <h2>{{ name }}</h2>
  <p>Membership: {{ tier }}</p>
  <p>Valid until {{ until }}</p>
</div>
"""


@app.get("/card")
def card():
    return render_template_string(
        CARD,
        name=request.args.get("name", "Member"),
        tier=request.args.get("tier", "standard"),
        until=request.args.get("un