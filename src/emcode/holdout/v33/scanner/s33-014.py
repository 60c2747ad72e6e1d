from flask import Flask, jsonify, request

app = Flask(__name__)

TRANSLATIONS = {("hello", "es"): "hola", ("thank you", "es"): "gracias", ("hello", "fr"): "bonjour"}


@app.route("/translate")
def translate():
    word = request.args.get("word", "").lower()
    lang = request.args.get("to", "es")
    found = TRANSLATIONS.get((word, lang))
    return jsonify(word=word, to=lang, translation=found, known=found is not None)
