from fastapi import FastAPI
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_url: str
    stripe_key: str
    resort_name: str = "North Ridge"


settings = Settings()
app = FastAPI(title=settings.resort_name)


@app.get("/health")
def health():
    return {"resort": settings.resort_name, "db": settings.database_url.split("://", 1)[0]}
