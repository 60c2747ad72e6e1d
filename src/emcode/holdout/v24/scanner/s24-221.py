from flask import Flask, request

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
    fields = {k: request.form.get(k, "").strip() for k in ("pet", "owner", "notes")}
    return CARD.format(**fields)
