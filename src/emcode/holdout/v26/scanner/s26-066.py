from flask import Flask, request
from markupsafe import escape
from bikes import find_docks

app = Flask(__name__)


@app.route("/docks/search")
def dock_search():
    term = request.args.get("q", "")
    safe_term = escape(term)
    docks = find_docks(term)
    rows = "".join(f"<li>{escape(d.name)}: {int(d.free_bikes)} bikes</li>" for d in docks)
    page = f"""
    <html><body>
      <h2>Docks matching {safe_term}</h2>
      <ul>{rows}</ul>
    </body></html>
    """
    return page
