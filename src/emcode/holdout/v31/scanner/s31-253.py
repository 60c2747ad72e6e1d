import bleach
from flask import Flask, request

app = Flask(__name__)

CARD = """<article class="trainer">
  <h2>{name}</h2>
  <div class="bio">{bio}</div>
</article>"""


@app.post("/trainers/preview")
def preview_trainer():
    name = bleach.clean(request.form.get("name", ""), tags=[], strip=True)
    bio = bleach.clean(request.form.get("bio", ""), tags=["p", "em", "strong", "ul", "li"], attributes={}, strip=True)
    html_out = CARD.format(name=name, bio=bio)
    return html_out
