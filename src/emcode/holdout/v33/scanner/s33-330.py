from urllib.parse import urlencode

from flask import Flask, redirect, request

app = Flask(__name__)
PAY_HOST = "https://pay.city-parking.example/checkout"


@app.route("/fines/<int:citation_id>/pay")
def pay(citation_id):
    lang = request.args.get("lang", "en")
    return redirect(PAY_HOST + "?" + urlencode({"citation": citation_id, "lang": lang}))
