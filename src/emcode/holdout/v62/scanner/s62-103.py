import requests
from fastapi import FastAPI

app = FastAPI()


@app.get("/preview")
def preview(url: str):
    resp = requests.get(url, timeout=5)
    title = ""
    text = resp.text
    start = text.find("<title>")
    if start != -1:
        end = text.find("</title>", start)
        title = text[start + 7:e