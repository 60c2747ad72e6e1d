from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
CARD = """
<div class="vet-card">
  <h2>{pet}</h2>
  <p>Owner: {owner}</p>
  <p>Notes: {notes}</p>
</div>
"""


@app.route("/card", methods=["POST"])
def card():
    fields = {k: escape(request.form.get(k, "")) for k in ("pet", "owner", "notes")}
    return CARD.format(**fields)
