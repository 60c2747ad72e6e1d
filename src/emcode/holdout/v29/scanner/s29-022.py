from urllib.parse import urlencode

from flask import Flask, redirect, request

app = Flask(__name__)
PARTNER = "https://repairs.glassfix.example/book"


@app.route("/claims/<int:claim_id>/book-repair")
def book_repair(claim_id):
    postcode = request.args.get("postcode", "")
    return redirect(PARTNER + "?" + urlencode({"ref": f"CLM{claim_id}", "postcode": postcode}))
