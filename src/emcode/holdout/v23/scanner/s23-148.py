import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "survey.example.org").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "survey",
        "USER": "survey",
        "PASSWORD": os.environ["SURVEY_DB_PASSWORD"],
        "HOST": os.environ.get("SURVEY_DB_HOST", "localhost"),
    }
}
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
