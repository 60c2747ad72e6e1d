from functools import lru_cache

from fastapi import Depends, FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    smtp_password: str
    lab_api_token: str

    class Config:
        env_prefix = "VETLAB_"


@lru_cache
def get_settings():
    return Settings()


app = FastAPI()


@app.get("/health")
def health(settings: Settings = Depends(get_settings)):
    return {"db_configured": bool(settings.database_url)}
