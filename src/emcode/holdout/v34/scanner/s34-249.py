from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/logs/{site}/{day}", response_class=PlainTextResponse)
def read_log(site: str, day: str):
    with open(f"/var/log/solar/{site}/{day}.log") as fh:
        return fh.read()
