import io

from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/invoice")
def invoice():
    customer = request.args.get("customer", "customer")
    pdf = io.BytesIO(b"%PDF-1.4\n% invoice placeholder\n")
    return send_file(pdf, mimetype="application/pdf", as_attachment=True,
                     download_name=f"invoice-{customer}.pdf")
