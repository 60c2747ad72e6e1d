CORS_ALLOWED_ORIGINS = [
    "https://timetable.school.org",
    "https://admin.timetable.school.org",
]
CORS_ALLOW_CREDENTIALS = True
CSRF_TRUSTED_ORIGINS = CORS_ALLOWED_ORIGINS
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = True
