from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/logs/{station}", response_class=PlainTextResponse)
def station_log(station: str):
    with open(f"/var/log/gauges/{station}") as fh:
        return fh.read()
