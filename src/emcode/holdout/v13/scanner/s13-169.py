import requests
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class Link(BaseModel):
    url: str

@app.post("/links/preview")
def preview(link: Link):
    r = requests.get(link.url, timeout=5)
    title = ""
    if "<title>" in r.text:
        title = r.text.split("<title>", 1)[1].split("</title>", 1)[0]
    return {"status": r.status_code, "title": title[:200]}
