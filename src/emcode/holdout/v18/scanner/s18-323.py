import html

from flask import Flask, make_response, request

app = Flask(__name__)

INVOICE = """<html><body>
<h1>Invoice for {name}</h1>
<p>{street}<br>{city}</p>
<p>Total due: {total}</p>
</body></html>"""


@app.route("/invoice/preview", methods=["POST"])
def invoice_preview():
    form = request.form
    fields = {k: html.escape(form.get(k, "")) for k in ("name", "street", "city")}
    fields["total"] = "%.2f" % float(form.get("total", "0") or 0)
    resp = make_response(INVOICE.format(**fields))
    resp.headers["X-Content-Type-Options"] = "nosniff"
    return resp
