from html import escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/pass/card")
def pass_card():
    holder = escape(request.args.get("holder", ""))
    tier = escape(request.args.get("tier", "standard"))
    page = f"""<!doctype html>
<html>
  <body>
    <div class="card">
      <h2>{holder}</h2>
      <p>Tier: {tier}</p>
    </div>
  </body>
</html>"""
    return page
