from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "django-insecure-8#k2p!v@q9z$w1x3y5u7t&r4e6o0i_survey"
DEBUG = True
ALLOWED_HOSTS = ["*"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "survey",
        "USER": "survey",
        "PASSWORD": "survey123",
        "HOST": "db.survey.internal",
    }
}
