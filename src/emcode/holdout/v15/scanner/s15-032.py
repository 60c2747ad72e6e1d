import bleach
from flask import Flask, request

app = Flask(__name__)
NOTES = []


@app.route("/notes", methods=["POST"])
def add_note():
    raw = request.form.get("text", "")
    safe_html = bleach.clean(raw, tags={"p", "b", "i", "ul", "li"}, strip=True)
    NOTES.append(safe_html)
    return f"<div class='note'>{safe_html}</div>", 201
