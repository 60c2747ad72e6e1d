import requests
from fastapi import FastAPI

app = FastAPI()


@app.post("/scores/import")
def import_score(url: str):
    r = requests.get(url, timeout=20)
    r.raise_for_status()
    size = len(r.content)
    if size > 5_000_000:
        return {"error": "score too large"}
    with open("/srv/library/incoming/latest.pdf", "wb") as fh:
        fh.write(r.content)
    return {"bytes": size, "content_type": r.headers.get("Content-Ty