import bleach
from flask import Flask, request

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "p", "ul", "li"]


@app.post("/tutors/bio/preview")
def bio_preview():
    raw = request.form.get("bio", "")
    cleaned = bleach.clean(raw, tags=ALLOWED_TAGS, attributes={}, strip=True)
    html = f"<section class='bio'>{cleaned}</section>"
    return html
