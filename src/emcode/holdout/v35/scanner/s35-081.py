import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "8v#l2k!q0w@x9r$e7t^y&u*i(o)p_shelter-7c1d"
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["adopt.pawshelter.org"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.staticfiles",
    "adoptions",
]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
