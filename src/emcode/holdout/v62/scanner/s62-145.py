from html import escape

from flask import Flask, request

app = Flask(__name__)

SONGS = {
    "queen": ["Bohemian Rhapsody", "Don't Stop Me Now"],
    "abba": ["Dancing Queen", "Waterloo"],
}


@app.route("/songs")
def song_search():
    artist = request.args.get("artist", "")
    shown = escape(artist)
    titles = SONGS.get(artist.lower(), [])
    page = "<h2>Songs by " + shown + "</h2><ul>"
    for t in titles:
        page += "<li>" + escape(t) + "</li>"
    page += "</ul>"
    return page
