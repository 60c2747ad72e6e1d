from flask import Flask, make_response, request
from markupsafe import escape

app = Flask(__name__)

CARD = """
<div class="parcel">
  <h3>Parcel {ref}</h3>
  <p>Recipient: {recipient}</p>
  <p>Drop zone: {zone}</p>
</div>
"""


@app.route("/parcels/card")
def parcel_card():
    html = CARD.format(
        ref=escape(request.args.get("ref", "")),
        recipient=escape(request.args.get("recipient", "")),
        zone=escape(request.args.get("zone", "front garden")),
    )
    return make_response(html)
