from flask import Flask, make_response, request

app = Flask(__name__)

ARTISTS = ["Mira Okafor", "Jonas Veld", "Sasha Lind"]


@app.route("/artists/search")
def artist_search():
    name = request.args.get("name", "")
    hits = [a for a in ARTISTS if name.lower() in a.lower()]
    body = f"<h2>Artists matching {name}</h2>"
    body += "<ul>" + "".join(f"<li>{a}</li>" for a in hits) + "</ul>"
    return body


@app.route("/artists/<slug>")
def artist_page(slug):
    match = next((a for a in ARTISTS if a.lower().replace(" ", "-") == slug), None)
    if match is None:
        return make_response("No artist called " + slug, 40