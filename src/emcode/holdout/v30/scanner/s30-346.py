from flask import Flask, abort, make_response

app = Flask(__name__)
PODCASTS = {"tooth-talk": "Tooth Talk", "fleet-notes": "Fleet Notes"}


@app.route("/shows/<slug>")
def show_page(slug):
    name = PODCASTS.get(slug)
    if name is None:
        abort(404)
    return make_response(f"<h1>{name}</h1>")
