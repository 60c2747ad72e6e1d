from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.post("/playlist/preview")
def preview():
    lines = request.form.get("tracks", "").splitlines()
    items = Markup("").join(Markup("<li>%s</li>") % line for line in lines if line.strip())
    return Markup("<h2>%s</h2><ol>%s</ol>") % (request.form.get("title", "Untitled"), items)
