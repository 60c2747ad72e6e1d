from flask import Flask, request, redirect

app = Flask(__name__)
PARTNERS = {"acme": "https://acme.example.com/", "globex": "https://globex.example.com/"}


@app.route("/partner")
def partner():
    key = request.args.get("p", "")
    if key not in PART