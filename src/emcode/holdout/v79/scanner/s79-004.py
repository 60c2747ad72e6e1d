import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/notes/preview")
def preview():
    cleaned = bleach.clean(request.form.get("note", ""), tags={"b", "i", "em", "strong"}, strip=True)
    html = f"<div class='note-preview'>{cleaned}</div>"
    return html
