from flask import Flask, request

app = Flask(__name__)


@app.get("/stations/search")
def station_search():
    station = request.args.get("q", "")
    page = f"""
    <!doctype html>
    <html>
      <head><title>Glacier stations</title></head>
      <body>
        <h1>Results for {station}</h1>
        <p>No matching research station was found.</p>
        <a href="/stations">Back to list</a>
      </body>
    </html>
    """
    return page
