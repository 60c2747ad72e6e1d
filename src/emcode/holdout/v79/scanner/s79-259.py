import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/preview")
def preview(url: str):
    r = requests.get(url, timeout=5)
    title = ""
    if "<title>" in r.text:
        title = r.text.split("<title>", 1)[1].split("</title>", 1)[0]
    return {"status": r.status_code, "title": title, "length": len(r.cont