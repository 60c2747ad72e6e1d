from functools import lru_cache

from fastapi import Depends, FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    sms_api_key: str
    clinic_name: str = "Bright Smile"


@lru_cache
def get_settings() -> Settings:
    return Settings()


app = FastAPI()


@app.get("/about")
def about(settings: Settings = Depends(get_settings)):
    return {"clinic": settings.clinic_name}
