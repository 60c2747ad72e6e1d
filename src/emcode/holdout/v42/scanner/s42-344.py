from fastapi import Depends, FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    jwt_secret: str
    card_api_base: str = "https://api.cardprocessor.example.com"

    class Config:
        env_prefix = "FLEET_"


app = FastAPI()


def get_settings() -> Settings:
    return Settings()


@app.get("/health")
def health(settings: Settings = Depends(get_settings)):
    return {"status": "ok", "card_api": settings.card_api_base}
