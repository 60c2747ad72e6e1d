from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

app = FastAPI()
app.mount("/brochures", StaticFiles(directory="public/brochures"), name="brochures")


@app.get("/")
def index():
    return {"brochures": "/brochures/"}
