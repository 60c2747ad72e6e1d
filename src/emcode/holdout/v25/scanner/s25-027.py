import html
from flask import Flask, request

app = Flask(__name__)
PLAYLIST = ["Blue Monday", "Heroes", "Teardrop", "Windowlicker"]


@app.route("/playlist/search")
def search_playlist():
    term = request.args.get("q", "").strip()
    hits = [t for t in PLAYLIST if term.lower() in t.lower()]
    if not hits:
        shown = html.escape(term)
        message = f"Nothing on tonight's playlist matches {shown}"
        return message, 404
    return {"term": term, "tracks": hits}
