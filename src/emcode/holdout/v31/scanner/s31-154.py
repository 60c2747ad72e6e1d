from io import BytesIO

from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

from .exports import listing_brochure_pdf

app = Flask(__name__)


@app.get("/listings/<int:lid>/brochure")
def brochure(lid):
    name = secure_filename(request.args.get("name", "")) or f"listing-{lid}"
    pdf = listing_brochure_pdf(lid)
    return send_file(BytesIO(pdf), mimetype="application/pdf", as_attachment=True, download_name=name + ".pdf")
