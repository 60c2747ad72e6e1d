from flask import Flask, request
from markupsafe import Markup

app = Flask(__name__)

CARD = Markup("""<article>
  <h3>{name}</h3>
  <p>Languages: {langs}</p>
</article>""")


@app.get("/interpreter-card")
def card():
    name = request.args.get("name", "")
    langs = ", ".join(request.args.getlist("lang"))
    return CARD.format(name=name, langs=langs)
