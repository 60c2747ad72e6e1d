import re
from pathlib import Path
from flask import Flask, abort, Response

app = Flask(__name__)
NOTES = Path("/srv/notes")
NOTE_ID = re.compile(r"[a-z0-9-]{1,64}")


@app.get("/notes/<note_id>")
def note(note_id: str):
    if not NOTE_ID.fullmatch(note_id):
        abort(404)
    path = NOTES / f"{note_id}.md"
    if not path.is_file():
        abort(404)
    return Response(path.read_text(encoding="utf-8"), mimetype="text/plain")
