import html

from flask import Flask, make_response, request

app = Flask(__name__)

RECEIPT = """<section class="receipt">
  <h2>Thanks, {name}!</h2>
  <p>Order #{order} - total {total:.2f} EUR</p>
</section>"""


@app.route("/checkout/done")
def done():
    name_html = html.escape(request.args.get("name", "customer"))
    order = int(request.args.get("order", "0"))
    total = float(request.args.get("total", "0"))
    resp = make_response(RECEIPT.format(name=name_html, order=order, total=total))
    resp.headers["Content-Security-Policy"] = "default-src 'self'"
    return resp
