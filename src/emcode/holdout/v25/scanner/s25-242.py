from flask import Flask, request

app = Flask(__name__)
PLAYLIST = ["Blue Monday", "Heroes", "Teardrop", "Windowlicker"]


@app.route("/playlist/search")
def search_playlist():
    term = request.args.get("q", "").strip()
    hits = [t for t in PLAYLIST if term.lower() in t.lower()]
    if not hits:
        message = f"Nothing on tonight's playlist matches {term}"
        return message, 404
    return {"term": term, "tracks": hits}
