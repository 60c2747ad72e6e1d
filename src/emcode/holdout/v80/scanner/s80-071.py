import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/hives/notes/preview")
def preview_note():
    cleaned = bleach.clean(request.form.get("note", ""), tags=["b", "i", "em", "strong"], strip=True)
    page = f"<section class='note-preview'>{cleaned}</section>"
    return page
