from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/ferry/search")
def search_sailings():
    port = escape(request.args.get("from", ""))
    dest = escape(request.args.get("to", ""))
    page = f"""
    <html>
      <body>
        <h1>Sailings from {port} to {dest}</h1>
        <p>No sailings found for this route today.</p>
      </body>
    </html>
    """
    return page


if __name__ == "__main__":
    app.run()
