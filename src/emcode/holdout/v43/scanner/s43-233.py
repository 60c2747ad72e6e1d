from flask import Flask, request, jsonify

app = Flask(__name__)

MESSAGES = {
    "en": "Dear {name}, your table is number {table}.",
    "de": "Liebe(r) {name}, Ihr Tisch hat die Nummer {table}.",
}


@app.get("/place-card")
def place_card():
    lang = request.args.get("lang", "en")
    tmpl = MESSAGES.get(lang, MESSAGES["en"])
    return jsonify(text=tmpl.format(name=request.args.get("name", "Guest"), table=request.args.get("table", 1, type=int)))
