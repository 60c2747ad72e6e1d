import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/packages/import-metadata")
def import_metadata(index_url: str, project: str):
    r = requests.get(f"{index_url}/pypi/{project}/json", timeout=10)
    info = r.json()["info"]
    return {
        "name": info["name"],
        "version": info["version"],
        "summary": info.get("summary", ""),
        "license": info.get("lic