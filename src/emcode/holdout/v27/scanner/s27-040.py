from pathlib import Path
from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
CHARTS = Path("/srv/star-charts")


@app.get("/charts/{name:path}")
def chart(name: str):
    return FileResponse(CHARTS / name)
