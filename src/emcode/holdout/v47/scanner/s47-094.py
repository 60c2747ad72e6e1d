from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

LOT_TEMPLATE = """<div class="lot">
  <h3>{title}</h3>
  <span class="bid">Current bid: ${bid:,.2f}</span>
</div>"""

BIDS = {"asm-300": 1450.0, "xmen-1": 98000.0}


@app.route("/lots/search")
def search_lot():
    title = request.args.get("q", "")
    key = title.lower().replace(" ", "-")
    shown = escape(title)
    snippet = LOT_TEMPLATE.format(title=shown, bid=BIDS.get(key, 0.0))
    return snippet
