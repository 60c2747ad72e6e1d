import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/subtitles")
def find_subtitles(title: str):
    listing = os.popen(f"ls /srv/subs | grep -i '{title}'").read()
    return {"files": listing.split()}
