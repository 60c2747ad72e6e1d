from flask import Flask, send_from_directory, abort

app = Flask(__name__)
INVOICES = "/srv/gym/invoices"


@app.route("/invoices/<int:member_id>/<month>")
def invoice(member_id, month):
    if len(month) != 7 or month[4] != "-":
        abort(400)
    return send_from_directory(INVOICES, f"{member_id}-{month}.pdf", mimetype="application/p