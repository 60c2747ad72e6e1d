from urllib.parse import quote

import requests
from fastapi import FastAPI

app = FastAPI()
INDEX = "https://pypi.org"


@app.get("/packages/import-metadata")
def import_metadata(project: str):
    r = requests.get(f"{INDEX}/pypi/{quote(project, safe='')}/json", timeout=10)
    r.raise_for_status()
    info = r.json()["info"]
    return {
        "name": info["name"],
        "version": info["version"],
        "summary": info.get("summary", ""),
        "license": info.get("lic