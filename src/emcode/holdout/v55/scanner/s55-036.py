from flask import Flask, request

app = Flask(__name__)


@app.route("/ferry/search")
def search_sailings():
    port = request.args.get("from", "")
    dest = request.args.get("to", "")
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
