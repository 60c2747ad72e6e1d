from flask import Flask, make_response

app = Flask(__name__)
PODCASTS = {"tooth-talk": "Tooth Talk", "fleet-notes": "Fleet Notes"}


@app.route("/shows/<slug>")
def show_page(slug):
    if slug not in PODCASTS:
        resp = make_response("Show '{}' was not found".format(slug), 404)
        return resp
    name = PODCASTS[slug]
    return make_response(f"<h1>{name}</h1>")
