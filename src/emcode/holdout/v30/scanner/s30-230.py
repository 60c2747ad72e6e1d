import tarfile
import tempfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/applications/<int:app_id>/portfolio")
def upload_portfolio(app_id):
    archive = request.files["portfolio"]
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/upload.tar.gz"
        archive.save(path)
        with tarfile.open(path) as tar:
            tar.extractall(f"/srv/admissions/portfolios/{app_id}")
    return {"ok": True}
