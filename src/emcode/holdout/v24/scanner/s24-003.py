from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-9x!w3k@p2r7$museum#catalogue"
DEBUG = True
ALLOWED_HOSTS = ["*"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "museum",
        "USER": "museum",
        "PASSWORD": "curator2023",
        "HOST": "db.internal",
    }
}
