from datetime import date

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()
SITES = {"north-field", "river-bend", "quarry"}


@app.get("/logs/{site}/{day}", response_class=PlainTextResponse)
def read_log(site: str, day: date):
    if site not in SITES:
        raise HTTPException(404, "unknown site")
    try:
        with open(f"/var/log/solar/{site}/{day.isoformat()}.log") as fh:
            return fh.read()
    except FileNotFoundError:
        raise HTTPException(404, "no log for that day")
