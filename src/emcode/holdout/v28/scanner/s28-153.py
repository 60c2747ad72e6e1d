from pathlib import Path

import yaml
from fastapi import FastAPI

CONFIG_PATH = Path("/etc/vetbook/config.yaml")
with CONFIG_PATH.open() as fh:
    CONFIG = yaml.safe_load(fh)

app = FastAPI(title=CONFIG.get("title", "VetBook"))


@app.get("/opening-hours")
def opening_hours():
    return CONFIG.get("opening_hours", {})


@app.get("/services")
def services():
    return [{"name": s["name"], "price": s["price"]} for s in CONFIG.get("services", [])]
