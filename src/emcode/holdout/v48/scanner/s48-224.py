import os
from pathlib import Path

from fastapi import FastAPI

app = FastAPI()
CACHE = Path(os.environ.get("BOOTH_CACHE", "/var/cache/booth"))


@app.on_event("startup")
def make_cache():
    CACHE.mkdir(mode=0o700, parents=True, exist_ok=True)


@app.get("/cache/size")
def cache_size():
    return {"files": sum(1 for _ in CACHE.iterdir())}
