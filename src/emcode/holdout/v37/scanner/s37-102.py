import bleach
from flask import Flask, request

app = Flask(__name__)


@app.post("/rehearsal/notes")
def notes():
    lines = request.form.getlist("line")
    cleaned = [bleach.clean(l, tags=[], strip=True) for l in lines]
    items = "".join(f"<li>{c}</li>" for c in cleaned)
    page = "<ol>" + items + "</ol>"
    return page
