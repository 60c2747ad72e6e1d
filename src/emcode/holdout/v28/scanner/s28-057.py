from flask import Flask, make_response
from markupsafe import escape

app = Flask(__name__)


@app.route("/albums/<path:album>")
def album_page(album):
    heading = escape(album)
    page = f"""<html>
<body>
  <h1>{heading}</h1>
  <p>This album is not available in your region yet.</p>
</body>
</html>"""
    response = make_response(page, 404)
    return response
