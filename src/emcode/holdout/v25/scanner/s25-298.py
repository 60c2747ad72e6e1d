from flask import Flask, request, jsonify

app = Flask(__name__)
PLACEHOLDERS = {"[parish]": "St. Anne", "[name]": "Friend"}


def fill(text: str) -> str:
    for key, value in PLACEHOLDERS.items():
        text = text.replace(key, value)
    return text


@app.post("/newsletter/preview")
def preview():
    data = request.get_json(silent=True) or {}
    subject = fill(str(data.get("subject", "News from [parish]")))[:200]
    body = fill("Dear [name], thank you for your support.")
    return jsonify(subject=subject, body=body)
