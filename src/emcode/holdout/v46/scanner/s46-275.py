from html import escape

from flask import Flask, request

app = Flask(__name__)

INSTRUMENTS = {"VLN-014": "Violin, 4/4, Hill bow", "CEL-003": "Cello, Eastman 305"}


@app.route("/loans/lookup")
def lookup_loan():
    tag = request.args.get("tag", "")
    borrower = escape(request.args.get("borrower", ""))
    desc = escape(INSTRUMENTS.get(tag, "unknown instrument"))
    html = "<h2>Loan card</h2>"
    html += "<p>Borrower: " + borrower + "</p>"
    html += "<p>Instrument: " + desc + "</p>"
    return html


if __name__ == "__main__":
    app.run()
