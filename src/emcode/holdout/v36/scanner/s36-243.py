from flask import Flask, request

app = Flask(__name__)


@app.route("/badge")
def badge():
    name = request.args.get("name", "")
    studio = request.args.get("studio", "")
    card = f"""
    <div class="badge">
      <span class="name">{name}</span>
      <span class="studio">{studio}</span>
      <span class="event">IndieDev Expo 2027</span>
    </div>
    """
    return card
