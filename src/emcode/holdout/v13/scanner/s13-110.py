from html import escape
from flask import Flask, request

app = Flask(__name__)
RECEIPT = """
<html><body>
<h1>Thanks, {name}!</h1>
<p>We will ship {qty} x {item} to {city}.</p>
</body></html>
"""

@app.route("/order", methods=["POST"])
def order():
    fields = {k: request.form.get(k, "") for k in ("name", "item", "city")}
    safe = {k: escape(v) for k, v in fields.items()}
    qty = int(request.form.get("qty", "1"))
    return RECEIPT.format(qty=qty, **safe)
