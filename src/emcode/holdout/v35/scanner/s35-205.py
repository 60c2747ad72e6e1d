from flask import Flask, abort, redirect

app = Flask(__name__)

PARTNERS = {
    "vet": "https://www.cityvetclinic.example.com/shelter-adopters",
    "food": "https://petfoodbank.example.net/donate",
    "insurance": "https://pawsure.example.com/adopters",
}


@app.get("/go/<key>")
def go(key):
    target = PARTNERS.get(key)
    if target is None:
        abort(404)
    return redirect(target, code=302)
