from flask import Flask

app = Flask(__name__)

SCREEN_NAMES = {1: "Main hall", 2: "Studio", 3: "Balcony"}


@app.route("/screens/<int:screen_id>")
def screen_page(screen_id):
    name = SCREEN_NAMES.get(screen_id, "Unknown screen")
    page = f"""<!doctype html>
<html><body>
<h1>{name}</h1>
<p>Screen number {screen_id}</p>
</body></html>"""
    return page
