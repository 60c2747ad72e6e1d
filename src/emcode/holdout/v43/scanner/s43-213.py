from functools import lru_cache

from fastapi import Depends, FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    stripe_api_key: str
    jwt_secret: str


@lru_cache
def get_settings() -> Settings:
    return Settings()


app = FastAPI()


@app.get("/health")
def health(settings: Settings = Depends(get_settings)):
    return {"db_configured": bool(settings.database_url)}
