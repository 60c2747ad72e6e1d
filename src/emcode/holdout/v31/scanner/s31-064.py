from flask import Flask, request

app = Flask(__name__)


@app.post("/listings/amenities/preview")
def amenities_preview():
    amenities = (request.get_json(silent=True) or {}).get("amenities", [])
    bullet_html = "\n".join("  <li>%s</li>" % a for a in amenities)
    out = "<ul class='amenities'>\n" + bullet_html + "\n</ul>"
    return out, 200
