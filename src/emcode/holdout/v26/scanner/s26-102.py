from flask import Flask, request
from bikes import find_docks

app = Flask(__name__)


@app.route("/docks/search")
def dock_search():
    term = request.args.get("q", "")
    docks = find_docks(term)
    rows = "".join(f"<li>{d.name}: {d.free_bikes} bikes</li>" for d in docks)
    page = f"""
    <html><body>
      <h2>Docks matching {term}</h2>
      <ul>{rows}</ul>
    </body></html>
    """
    return page


if __name__ == "__main__":
    app.run()
