from flask import Flask, make_response, request

app = Flask(__name__)

INVOICE = """<html><body>
<h1>Invoice for {name}</h1>
<p>{street}<br>{city}</p>
<p>Total due: {total}</p>
</body></html>"""


@app.route("/invoice/preview", methods=["POST"])
def invoice_preview():
    fields = {k: request.form.get(k, "") for k in ("name", "street", "city", "total")}
    return make_response(INVOICE.format(**fields))
