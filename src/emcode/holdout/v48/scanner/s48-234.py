from flask import Flask
from markupsafe import escape

app = Flask(__name__)

FILMS = {"dune": "Dune: Part Two", "past-lives": "Past Lives"}


@app.get("/films/<slug>")
def film(slug):
    title = FILMS.get(slug)
    if title is None:
        msg = "<h3>No film called {}</h3>".format(escape(slug))
        return msg, 404
    return f"<h1>{title}</h1>"
