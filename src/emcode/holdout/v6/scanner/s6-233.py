import requests
from fastapi import FastAPI

app = FastAPI()

@app.get("/unfurl")
def unfurl(link: str):
    r = requests.get(link, timeout=5)
    title = ""
    if "<title>" in r.text:
        title = r.text.split("<title>")[1].split("</tit