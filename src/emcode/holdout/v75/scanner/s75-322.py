from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)

PLOTS = {"A1": "Rhubarb and beans", "B4": "Cut flowers", "C2": "Fallow"}


@app.route("/plots/lookup")
def lookup_plot():
    plot_id = request.args.get("plot", "")
    holder = request.args.get("holder", "guest")
    crop = PLOTS.get(plot_id, "unknown")
    body = f"<h2>Plot {escape(plot_id)}</h2>"
    body += f"<p>Registered to: {escape(holder)}</p>"
    body += f"<p>Current use: {escape(crop)}</p>"
    return body
