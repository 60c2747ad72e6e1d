import os

INSTALLED_APPS = [
    "django.contrib.contenttypes",
    "django.contrib.auth",
    "corsheaders",
    "labtracker",
]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
CORS_ALLOWED_ORIGINS = ["https://lab.example.org", "https://lims.example.org"]
CORS_ALLOW_CREDENTIALS = True
SECRET_KEY = os.environ["LAB_SECRET_KEY"]
DEBUG = False
