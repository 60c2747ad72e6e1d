import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["api.courierhub.example"]

INSTALLED_APPS = ["corsheaders", "django.contrib.contenttypes", "django.contrib.auth", "dispatch"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]
CORS_ALLOWED_ORIGINS = ["https://app.courierhub.example", "https://ops.courierhub.example"]
CORS_ALLOW_CREDENTIALS = True
