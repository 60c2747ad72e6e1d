import bleach
from flask import Flask, request, render_template_string

app = Flask(__name__)

ALLOWED_TAGS = ["b", "i", "em", "strong", "ul", "li", "p", "br"]

PAGE = "<div class='notes'>{{ notes|safe }}</div>"


@app.post("/patients/notes/preview")
def notes_preview():
    notes = bleach.clean(request.form.get("notes", ""), tags=ALLOWED_TAGS, strip=True)
    return render_template_string(PAGE, notes=notes)
