from flask import Flask, jsonify, request

app = Flask(__name__)

SUPPORTED = {"en", "de", "fr", "es", "pt", "ja"}


@app.post("/quote")
def quote():
    src = request.form.get("source_lang", "")
    dst = request.form.get("target_lang", "")
    words = request.form.get("words", "0")
    if src not in SUPPORTED or dst not in SUPPORTED:
        return jsonify(error=f"Unsupported language pair: {src} -> {dst}"), 400
    if not words.isdigit():
        return jsonify(error="Word count must be a number"), 400
    price = int(words) * 0.12
    return jsonify(source=src, target=dst, price_eur=round(price, 2))
