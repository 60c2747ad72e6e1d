from flask import Flask, request

app = Flask(__name__)


@app.route("/embed")
def embed_widget():
    name = request.args.get("campaign", "")
    widget = f"""
    <div class="fund-widget">
      <h4>Support {name}</h4>
      <a href="/pledge?c={name}">Pledge now</a>
    </div>
    """
    return widget


@app.route("/embed/preview")
def preview():
    return "<iframe src='/embed?campaign=" + request.args.get("c", "") + "'></ifr