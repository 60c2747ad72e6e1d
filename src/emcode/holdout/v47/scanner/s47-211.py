from html import escape

from flask import Flask, request

app = Flask(__name__)

ARTISTS = ["Mira Okafor", "Jonas Veld", "Sasha Lind"]


@app.route("/artists/search")
def artist_search():
    name = escape(request.args.get("name", ""))
    hits = [escape(a) for a in ARTISTS if str(name).lower() in a.lower()]
    body = f"<h2>Artists matching {name}</h2>"
    body += "<ul>" + "".join(f"<li>{a}</li>" for a in hits) + "</u