from flask import Flask, make_response

app = Flask(__name__)


@app.route("/albums/<path:album>")
def album_page(album):
    page = f"""<html>
<body>
  <h1>{album}</h1>
  <p>This album is not available in your region yet.</p>
</body>
</html>"""
    response = make_response(page, 404)
    return response
