from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from .routes import catalogue_router

app = FastAPI(title="Library catalogue")
app.mount("/covers", StaticFiles(directory="static/covers"), name="covers")
app.include_router(catalogue_router, prefix="/api")
