from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/badge")
def badge():
    name = escape(request.args.get("name", ""))
    studio = escape(request.args.get("studio", ""))
    card = f"""
    <div class="badge">
      <span class="name">{name}</span>
      <span class="studio">{studio}</span>
      <span class="event">IndieDev Expo 2027</span>
    </div>
    """
    return card
