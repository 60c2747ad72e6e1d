from subprocess import getoutput as sh
from fastapi import FastAPI, Query

app = FastAPI(title="Network diag")


@app.get("/diag/ping")
def ping(host: str = Query(..., max_length=253), count: int = 3):
    if count > 10:
        count = 10
    out = sh("ping -c " + str(count) + " " + host)
    lines = out.splitlines()
    return {"host": host, "summary": lines[-2:] if lines else []}
